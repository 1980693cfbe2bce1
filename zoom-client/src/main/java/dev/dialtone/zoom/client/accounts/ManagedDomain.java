package dev.dialtone.zoom.client.accounts;

/**
 * One associated (managed) domain.
 *
 * @param domain domain name
 * @param status Zoom's status text; Zoom does not document the values, only
 * {@code verified} is treated as OK
 */
public record ManagedDomain(String domain, String status) {

	/**
	 * @return whether Zoom reports the domain as verified
	 */
	public boolean isVerified() {
		return "verified".equalsIgnoreCase(this.status);
	}

}

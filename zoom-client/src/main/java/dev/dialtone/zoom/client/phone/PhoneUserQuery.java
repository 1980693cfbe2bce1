package dev.dialtone.zoom.client.phone;

/**
 * Parameters of {@code GET /phone/users}; null fields are not sent.
 *
 * @param siteId only users of this site
 * @param status activate, deactivate or pending
 * @param keyword name, email or extension to search for
 * @param pageSize 1..100
 * @param nextPageToken token of the previous page, or null
 */
public record PhoneUserQuery(String siteId, String status, String keyword, int pageSize, String nextPageToken) {

	public PhoneUserQuery {
		if (pageSize < 1 || pageSize > 100) {
			throw new IllegalArgumentException("pageSize must be 1..100");
		}
	}

	/**
	 * @return the first page of all phone users, 100 per page
	 */
	public static PhoneUserQuery all() {
		return new PhoneUserQuery(null, null, null, 100, null);
	}

	public PhoneUserQuery withSite(String site) {
		return new PhoneUserQuery(site, this.status, this.keyword, this.pageSize, null);
	}

	public PhoneUserQuery withKeyword(String text) {
		return new PhoneUserQuery(this.siteId, this.status, text, this.pageSize, null);
	}

	public PhoneUserQuery page(String token) {
		return new PhoneUserQuery(this.siteId, this.status, this.keyword, this.pageSize, token);
	}

}

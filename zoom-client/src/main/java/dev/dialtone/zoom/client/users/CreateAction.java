package dev.dialtone.zoom.client.users;

/**
 * {@code action} of {@code POST /users}.
 */
public enum CreateAction {

	/** Zoom emails a confirmation link; the user stays pending until it is clicked. */
	CREATE("create"),

	/** Managed-domain enterprise accounts only; off by default. */
	AUTO_CREATE("autoCreate"),

	/** No password, no login; needs ISV/API-partner enablement. */
	CUST_CREATE("custCreate"),

	/** SSO pre-provisioning; fails with 2002 when pre-provisioning is off. */
	SSO_CREATE("ssoCreate");

	private final String wireValue;

	CreateAction(String wireValue) {
		this.wireValue = wireValue;
	}

	/**
	 * @return the value Zoom expects in the request body
	 */
	public String wireValue() {
		return this.wireValue;
	}

}

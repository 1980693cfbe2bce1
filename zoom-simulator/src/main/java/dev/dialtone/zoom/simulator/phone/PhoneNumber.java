package dev.dialtone.zoom.simulator.phone;

/**
 * A number of the account's pool; {@code holder} is the user id it is assigned to, null
 * when unassigned.
 */
public final class PhoneNumber {

	private final String id;

	private final String number;

	private final String siteId;

	private String holder;

	PhoneNumber(String id, String number, String siteId) {
		this.id = id;
		this.number = number;
		this.siteId = siteId;
	}

	public String id() {
		return this.id;
	}

	public String number() {
		return this.number;
	}

	public String siteId() {
		return this.siteId;
	}

	public synchronized String holder() {
		return this.holder;
	}

	/**
	 * Assigns to {@code userId} unless someone else holds it; returns the holder after
	 * the attempt.
	 */
	synchronized String claim(String userId) {
		if (this.holder == null) {
			this.holder = userId;
		}
		return this.holder;
	}

	synchronized boolean release(String userId) {
		if (userId.equals(this.holder)) {
			this.holder = null;
			return true;
		}
		return false;
	}

}

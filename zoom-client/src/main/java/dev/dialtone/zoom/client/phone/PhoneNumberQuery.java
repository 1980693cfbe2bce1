package dev.dialtone.zoom.client.phone;

import java.util.Locale;
import java.util.Objects;

/**
 * Parameters of {@code GET /phone/numbers}.
 *
 * @param type which numbers
 * @param siteId only numbers of this site (optional)
 * @param pageSize 1..100
 * @param nextPageToken token of the previous page, or null
 */
public record PhoneNumberQuery(NumberType type, String siteId, int pageSize, String nextPageToken) {

	public PhoneNumberQuery {
		Objects.requireNonNull(type, "type");
		if (pageSize < 1 || pageSize > 100) {
			throw new IllegalArgumentException("pageSize must be 1..100");
		}
	}

	/**
	 * @param siteId site id, or null for all sites
	 * @return the first page of up to 100 unassigned numbers
	 */
	public static PhoneNumberQuery unassigned(String siteId) {
		return new PhoneNumberQuery(NumberType.UNASSIGNED, siteId, 100, null);
	}

	public PhoneNumberQuery page(String token) {
		return new PhoneNumberQuery(this.type, this.siteId, this.pageSize, token);
	}

	/** {@code type} query parameter. */
	public enum NumberType {

		ASSIGNED, UNASSIGNED, BYOC, ALL;

		public String wireValue() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}

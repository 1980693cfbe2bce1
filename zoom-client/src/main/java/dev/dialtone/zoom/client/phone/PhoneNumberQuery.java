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
 * @param extensionType only numbers assigned to this kind of holder (optional; Zoom's
 * {@code extension_type}, which Zoom takes only with {@code type=assigned})
 */
public record PhoneNumberQuery(NumberType type, String siteId, int pageSize, String nextPageToken,
		ExtensionType extensionType) {

	public PhoneNumberQuery {
		Objects.requireNonNull(type, "type");
		if (pageSize < 1 || pageSize > 100) {
			throw new IllegalArgumentException("pageSize must be 1..100");
		}
	}

	/** A query over every kind of holder. */
	public PhoneNumberQuery(NumberType type, String siteId, int pageSize, String nextPageToken) {
		this(type, siteId, pageSize, nextPageToken, null);
	}

	/**
	 * @param siteId site id, or null for all sites
	 * @return the first page of up to 100 unassigned numbers
	 */
	public static PhoneNumberQuery unassigned(String siteId) {
		return new PhoneNumberQuery(NumberType.UNASSIGNED, siteId, 100, null);
	}

	/**
	 * @param siteId site id, or null for all sites
	 * @return the first page of up to 100 numbers assigned to users (not rooms, queues,
	 * ...)
	 */
	public static PhoneNumberQuery assignedToUsers(String siteId) {
		return new PhoneNumberQuery(NumberType.ASSIGNED, siteId, 100, null, ExtensionType.USER);
	}

	public PhoneNumberQuery page(String token) {
		return new PhoneNumberQuery(this.type, this.siteId, this.pageSize, token, this.extensionType);
	}

	public PhoneNumberQuery holders(ExtensionType holders) {
		return new PhoneNumberQuery(this.type, this.siteId, this.pageSize, this.nextPageToken, holders);
	}

	/** {@code type} query parameter. */
	public enum NumberType {

		ASSIGNED, UNASSIGNED, BYOC, ALL;

		public String wireValue() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** {@code extension_type} query parameter: who holds the number. */
	public enum ExtensionType {

		USER("user"), CALL_QUEUE("callQueue"), AUTO_RECEPTIONIST("autoReceptionist"), COMMON_AREA("commonArea"),
		EMERGENCY_NUMBER_POOL("emergencyNumberPool"), COMPANY_LOCATION("companyLocation"),
		MEETING_SERVICE("meetingService");

		private final String wire;

		ExtensionType(String wire) {
			this.wire = wire;
		}

		public String wireValue() {
			return this.wire;
		}

	}

}

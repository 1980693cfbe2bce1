package dev.dialtone.zoom.client.phone;

/**
 * Body of {@code PATCH /phone/users/{userId}}; null fields are not sent.
 *
 * @param extensionNumber complete extension number (site code + short extension)
 * @param siteId site id
 */
public record PhoneUserUpdate(String extensionNumber, String siteId) {

	public static PhoneUserUpdate extension(String extensionNumber) {
		return new PhoneUserUpdate(extensionNumber, null);
	}

	public static PhoneUserUpdate site(String siteId) {
		return new PhoneUserUpdate(null, siteId);
	}

}

package dev.dialtone.zoom.client.phone;

import java.util.List;
import java.util.Objects;

/**
 * One entry of {@code POST /phone/users/batch}: an active Zoom user (by email) and the
 * line to give them. Either {@code siteCode} or {@code siteName} names the site.
 *
 * @param email the Zoom user's email (required)
 * @param firstName first name (optional)
 * @param lastName last name (optional)
 * @param extensionNumber the extension, without the site code (required)
 * @param callingPlans calling plans by <em>name</em>, e.g. "US/CA Unlimited" (see
 * {@link CallingPlanNames}); may be empty
 * @param siteCode the site's Zoom site code (e.g. "1"), or null when named
 * @param siteName the site's name, or null when the code is given
 * @param phoneNumbers E.164 numbers, unassigned in the account, at most 10
 */
public record BatchPhoneUser(String email, String firstName, String lastName, String extensionNumber,
		List<String> callingPlans, String siteCode, String siteName, List<String> phoneNumbers) {

	/** Zoom's limit of users per request. */
	public static final int MAX_PER_BATCH = 10;

	public BatchPhoneUser {
		if (email == null || email.isBlank()) {
			throw new IllegalArgumentException("email is required");
		}
		Objects.requireNonNull(extensionNumber, "extensionNumber");
		if (siteCode == null && siteName == null) {
			throw new IllegalArgumentException("siteCode or siteName is required");
		}
		callingPlans = (callingPlans != null) ? List.copyOf(callingPlans) : List.of();
		phoneNumbers = (phoneNumbers != null) ? List.copyOf(phoneNumbers) : List.of();
	}

	@Override
	public String toString() {
		return "BatchPhoneUser[extension=" + this.extensionNumber + ", plans=" + this.callingPlans + ", numbers="
				+ this.phoneNumbers.size() + "]";
	}

}

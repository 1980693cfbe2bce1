package dev.dialtone.zoom.client.phone;

import java.util.List;

/**
 * A phone user as listed by {@code GET /phone/users}.
 *
 * @param id Zoom user id
 * @param phoneUserId phone user id
 * @param email email
 * @param name name
 * @param extensionId extension id
 * @param extensionNumber full extension number
 * @param site the user's site
 * @param status activate or deactivate
 * @param callingPlans assigned calling plans
 * @param phoneNumbers assigned numbers
 * @param department department
 */
public record PhoneUserSummary(String id, String phoneUserId, String email, String name, String extensionId,
		Long extensionNumber, SiteRef site, String status, List<CallingPlanRef> callingPlans,
		List<PhoneNumberRef> phoneNumbers, String department) {

	public PhoneUserSummary {
		callingPlans = (callingPlans != null) ? List.copyOf(callingPlans) : List.of();
		phoneNumbers = (phoneNumbers != null) ? List.copyOf(phoneNumbers) : List.of();
	}

}

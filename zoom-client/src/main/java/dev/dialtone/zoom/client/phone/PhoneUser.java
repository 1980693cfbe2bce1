package dev.dialtone.zoom.client.phone;

import java.util.List;

/**
 * Answer of {@code GET /phone/users/{userId}}.
 *
 * @param id Zoom user id
 * @param phoneUserId phone user id
 * @param email email
 * @param extensionId extension id
 * @param extensionNumber full extension number
 * @param siteId site id
 * @param status activate or deactivate
 * @param callingPlans assigned calling plans
 * @param phoneNumbers assigned numbers
 * @param department department
 * @param costCenter cost center
 */
public record PhoneUser(String id, String phoneUserId, String email, String extensionId, Long extensionNumber,
		String siteId, String status, List<CallingPlanRef> callingPlans, List<PhoneNumberRef> phoneNumbers,
		String department, String costCenter) {

	public PhoneUser {
		callingPlans = (callingPlans != null) ? List.copyOf(callingPlans) : List.of();
		phoneNumbers = (phoneNumbers != null) ? List.copyOf(phoneNumbers) : List.of();
	}

	/**
	 * @param type calling plan type code
	 * @return whether the user has that plan
	 */
	public boolean hasCallingPlan(int type) {
		return this.callingPlans.stream().anyMatch((plan) -> plan.type() != null && plan.type() == type);
	}

	/**
	 * @param number E.164 number
	 * @return whether the number is assigned to the user
	 */
	public boolean hasNumber(String number) {
		return this.phoneNumbers.stream().anyMatch((n) -> number.equals(n.number()));
	}

}

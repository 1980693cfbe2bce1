package dev.dialtone.zoom.client.phone;

import java.util.List;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomResponse;

/**
 * Zoom Phone API. {@code userId} may be the user's id or email. Pending and non-phone
 * users get 404/1001 ({@link ZoomApiException#isUserNotFound()}).
 */
public interface ZoomPhone {

	/**
	 * {@code GET /phone/users/{userId}}.
	 * @param userId user id or email
	 * @return the phone profile
	 */
	ZoomResponse<PhoneUser> getUser(String userId);

	/**
	 * {@code PATCH /phone/users/{userId}}; only non-null fields are sent.
	 * @param userId user id or email
	 * @param update extension number and/or site
	 * @return 204 on success
	 */
	ZoomResponse<Void> updateUser(String userId, PhoneUserUpdate update);

	/**
	 * {@code GET /phone/users}, one page.
	 * @param query filters and paging
	 * @return one page of phone users
	 */
	ZoomResponse<PhoneUserPage> listUsers(PhoneUserQuery query);

	/**
	 * {@code POST /phone/users/batch} ("Batch add users", Phone Medium): active Zoom
	 * users become phone users with their site, extension, calling plans and numbers in
	 * one call. Zoom lists the users it added; an entry it could not carry out is missing
	 * from that list (without a reason) or, where Zoom refuses the whole request, a 400
	 * {@link ZoomApiException} says why and nobody was added.
	 * @param users 1 to {@value BatchPhoneUser#MAX_PER_BATCH} users
	 * @return which users were added and which were not
	 */
	ZoomResponse<BatchAddResult> batchAddUsers(List<BatchPhoneUser> users);

	/**
	 * {@code POST /phone/users/{userId}/calling_plans}.
	 * @param userId user id or email
	 * @param planTypes calling plan type codes (e.g. 200), at most 150
	 * @return 200 with an empty body on success
	 */
	ZoomResponse<Void> assignCallingPlans(String userId, List<Integer> planTypes);

	/**
	 * {@code PUT /phone/users/{userId}/calling_plans}: swap one plan for another.
	 * @param userId user id or email
	 * @param sourceType plan the user has
	 * @param targetType plan the user should have
	 * @return 204 on success
	 */
	ZoomResponse<Void> replaceCallingPlan(String userId, int sourceType, int targetType);

	/**
	 * {@code DELETE /phone/users/{userId}/calling_plans/{planType}}.
	 * @param userId user id or email
	 * @param planType calling plan type code
	 * @return 204 on success
	 */
	ZoomResponse<Void> removeCallingPlan(String userId, int planType);

	/**
	 * {@code POST /phone/users/{userId}/phone_numbers}.
	 * @param userId user id or email
	 * @param numbers numbers by id or E.164 number, at most 10
	 * @return the numbers Zoom assigned
	 */
	ZoomResponse<List<PhoneNumberRef>> assignPhoneNumbers(String userId, List<PhoneNumberRef> numbers);

	/**
	 * {@code DELETE /phone/users/{userId}/phone_numbers/{phoneNumberId}}.
	 * @param userId user id or email
	 * @param phoneNumberIdOrNumber the number's id, or the number itself
	 * @return 204 on success
	 */
	ZoomResponse<Void> removePhoneNumber(String userId, String phoneNumberIdOrNumber);

	/**
	 * {@code GET /phone/numbers}, one page.
	 * @param query type (e.g. unassigned), site and paging
	 * @return one page of numbers
	 */
	ZoomResponse<PhoneNumberPage> listNumbers(PhoneNumberQuery query);

	/**
	 * {@code GET /phone/calling_plans}.
	 * @return the account's calling plans with subscribed/assigned/available counts
	 */
	ZoomResponse<List<CallingPlan>> listCallingPlans();

	/**
	 * {@code GET /phone/sites}, one page.
	 * @param pageSize 1..300
	 * @param nextPageToken token of the previous page, or null
	 * @return one page of sites
	 */
	ZoomResponse<SitePage> listSites(int pageSize, String nextPageToken);

}

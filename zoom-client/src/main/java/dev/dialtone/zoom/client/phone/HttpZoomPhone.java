package dev.dialtone.zoom.client.phone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.zoom.client.ZoomEndpoint;
import dev.dialtone.zoom.client.ZoomResponse;
import dev.dialtone.zoom.client.http.ZoomCall;
import dev.dialtone.zoom.client.http.ZoomHttp;

/**
 * {@link ZoomPhone} over {@link ZoomHttp}. Created by {@code ZoomClient.create}.
 */
public final class HttpZoomPhone implements ZoomPhone {

	private final ZoomHttp http;

	public HttpZoomPhone(ZoomHttp http) {
		this.http = http;
	}

	@Override
	public ZoomResponse<PhoneUser> getUser(String userId) {
		return this.http.exchange(ZoomCall.to(ZoomEndpoint.GET_PHONE_USER, userId), PhoneUser.class);
	}

	@Override
	public ZoomResponse<Void> updateUser(String userId, PhoneUserUpdate update) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (update.extensionNumber() != null) {
			body.put("extension_number", update.extensionNumber());
		}
		if (update.siteId() != null) {
			body.put("site_id", update.siteId());
		}
		return this.http.exchange(ZoomCall.to(ZoomEndpoint.UPDATE_PHONE_USER, userId).body(body), Void.class);
	}

	@Override
	public ZoomResponse<PhoneUserPage> listUsers(PhoneUserQuery query) {
		ZoomCall call = ZoomCall.to(ZoomEndpoint.LIST_PHONE_USERS)
			.query("page_size", query.pageSize())
			.query("next_page_token", blankToNull(query.nextPageToken()))
			.query("site_id", query.siteId())
			.query("status", query.status())
			.query("keyword", query.keyword());
		return this.http.exchange(call, PhoneUserPage.class);
	}

	@Override
	public ZoomResponse<BatchAddResult> batchAddUsers(List<BatchPhoneUser> users) {
		if (users.isEmpty() || users.size() > BatchPhoneUser.MAX_PER_BATCH) {
			throw new IllegalArgumentException(
					"a batch holds 1 to " + BatchPhoneUser.MAX_PER_BATCH + " users, not " + users.size());
		}
		ZoomCall call = ZoomCall.to(ZoomEndpoint.BATCH_ADD_PHONE_USERS).body(Map.of("users", users));
		return this.http.exchange(call, BatchAddResult.AddedUser[].class)
			.map((added) -> BatchAddResult.of(users, (added != null) ? List.of(added) : List.of()));
	}

	@Override
	public ZoomResponse<Void> assignCallingPlans(String userId, List<Integer> planTypes) {
		List<Map<String, Object>> plans = planTypes.stream()
			.map((type) -> Map.<String, Object>of("type", type))
			.toList();
		ZoomCall call = ZoomCall.to(ZoomEndpoint.ASSIGN_CALLING_PLANS, userId).body(Map.of("calling_plans", plans));
		return this.http.exchange(call, Void.class);
	}

	@Override
	public ZoomResponse<Void> replaceCallingPlan(String userId, int sourceType, int targetType) {
		ZoomCall call = ZoomCall.to(ZoomEndpoint.REPLACE_CALLING_PLAN, userId)
			.body(Map.of("source_type", sourceType, "target_type", targetType));
		return this.http.exchange(call, Void.class);
	}

	@Override
	public ZoomResponse<Void> removeCallingPlan(String userId, int planType) {
		ZoomCall call = ZoomCall.to(ZoomEndpoint.REMOVE_CALLING_PLAN, userId, Integer.toString(planType));
		return this.http.exchange(call, Void.class);
	}

	@Override
	public ZoomResponse<List<PhoneNumberRef>> assignPhoneNumbers(String userId, List<PhoneNumberRef> numbers) {
		ZoomCall call = ZoomCall.to(ZoomEndpoint.ASSIGN_PHONE_NUMBERS, userId).body(Map.of("phone_numbers", numbers));
		return this.http.exchange(call, PhoneBodies.AssignedNumbers.class)
			.map((body) -> (body != null) ? body.phoneNumbers() : List.of());
	}

	@Override
	public ZoomResponse<Void> removePhoneNumber(String userId, String phoneNumberIdOrNumber) {
		ZoomCall call = ZoomCall.to(ZoomEndpoint.REMOVE_PHONE_NUMBER, userId, phoneNumberIdOrNumber);
		return this.http.exchange(call, Void.class);
	}

	@Override
	public ZoomResponse<PhoneNumberPage> listNumbers(PhoneNumberQuery query) {
		ZoomCall call = ZoomCall.to(ZoomEndpoint.LIST_PHONE_NUMBERS)
			.query("type", query.type().wireValue())
			.query("extension_type", (query.extensionType() != null) ? query.extensionType().wireValue() : null)
			.query("site_id", query.siteId())
			.query("page_size", query.pageSize())
			.query("next_page_token", blankToNull(query.nextPageToken()));
		return this.http.exchange(call, PhoneNumberPage.class);
	}

	@Override
	public ZoomResponse<List<CallingPlan>> listCallingPlans() {
		return this.http.exchange(ZoomCall.to(ZoomEndpoint.LIST_CALLING_PLANS), PhoneBodies.CallingPlans.class)
			.map((body) -> (body != null) ? body.callingPlans() : List.of());
	}

	@Override
	public ZoomResponse<SitePage> listSites(int pageSize, String nextPageToken) {
		ZoomCall call = ZoomCall.to(ZoomEndpoint.LIST_SITES)
			.query("page_size", pageSize)
			.query("next_page_token", blankToNull(nextPageToken));
		return this.http.exchange(call, SitePage.class);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}

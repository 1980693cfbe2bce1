package dev.dialtone.zoom.client;

import dev.dialtone.zoom.client.ratelimit.ApiFamily;
import dev.dialtone.zoom.client.ratelimit.RateCategory;

/**
 * Every Zoom operation the client performs, with its templated path (used as the metrics
 * tag) and the rate-limit family and category Zoom counts it under (zoom-api.md §2, §3,
 * §6).
 */
public enum ZoomEndpoint {

	CREATE_USER("POST", "/users", ApiFamily.STANDARD, RateCategory.LIGHT),
	GET_USER("GET", "/users/{userId}", ApiFamily.STANDARD, RateCategory.LIGHT),
	LIST_USERS("GET", "/users", ApiFamily.STANDARD, RateCategory.MEDIUM),
	UPDATE_USER("PATCH", "/users/{userId}", ApiFamily.STANDARD, RateCategory.LIGHT),
	GET_USER_SETTINGS("GET", "/users/{userId}/settings", ApiFamily.STANDARD, RateCategory.MEDIUM),
	UPDATE_USER_STATUS("PUT", "/users/{userId}/status", ApiFamily.STANDARD, RateCategory.LIGHT),
	UPDATE_USER_EMAIL("PUT", "/users/{userId}/email", ApiFamily.STANDARD, RateCategory.LIGHT),
	DELETE_USER("DELETE", "/users/{userId}", ApiFamily.STANDARD, RateCategory.LIGHT),
	CHECK_EMAIL("GET", "/users/email", ApiFamily.STANDARD, RateCategory.LIGHT),
	// not labelled in any source found; Light is the most plausible for a small account
	// read
	MANAGED_DOMAINS("GET", "/accounts/{accountId}/managed_domains", ApiFamily.STANDARD, RateCategory.LIGHT),
	GET_PHONE_USER("GET", "/phone/users/{userId}", ApiFamily.PHONE, RateCategory.LIGHT),
	UPDATE_PHONE_USER("PATCH", "/phone/users/{userId}", ApiFamily.PHONE, RateCategory.LIGHT),
	LIST_PHONE_USERS("GET", "/phone/users", ApiFamily.PHONE, RateCategory.MEDIUM),
	// "Batch add users": the spec's label is MEDIUM, up to 10 users per call
	BATCH_ADD_PHONE_USERS("POST", "/phone/users/batch", ApiFamily.PHONE, RateCategory.MEDIUM),
	ASSIGN_CALLING_PLANS("POST", "/phone/users/{userId}/calling_plans", ApiFamily.PHONE, RateCategory.LIGHT),
	REPLACE_CALLING_PLAN("PUT", "/phone/users/{userId}/calling_plans", ApiFamily.PHONE, RateCategory.LIGHT),
	REMOVE_CALLING_PLAN("DELETE", "/phone/users/{userId}/calling_plans/{planType}", ApiFamily.PHONE,
			RateCategory.LIGHT),
	ASSIGN_PHONE_NUMBERS("POST", "/phone/users/{userId}/phone_numbers", ApiFamily.PHONE, RateCategory.LIGHT),
	REMOVE_PHONE_NUMBER("DELETE", "/phone/users/{userId}/phone_numbers/{phoneNumberId}", ApiFamily.PHONE,
			RateCategory.LIGHT),
	LIST_PHONE_NUMBERS("GET", "/phone/numbers", ApiFamily.PHONE, RateCategory.MEDIUM),
	LIST_CALLING_PLANS("GET", "/phone/calling_plans", ApiFamily.PHONE, RateCategory.MEDIUM),
	// list endpoints are Medium throughout the Phone spec
	LIST_SITES("GET", "/phone/sites", ApiFamily.PHONE, RateCategory.MEDIUM);

	private final String method;

	private final String pathTemplate;

	private final ApiFamily family;

	private final RateCategory category;

	ZoomEndpoint(String method, String pathTemplate, ApiFamily family, RateCategory category) {
		this.method = method;
		this.pathTemplate = pathTemplate;
		this.family = family;
		this.category = category;
	}

	public String method() {
		return this.method;
	}

	public String pathTemplate() {
		return this.pathTemplate;
	}

	public ApiFamily family() {
		return this.family;
	}

	public RateCategory category() {
		return this.category;
	}

}

package dev.dialtone.zoom.simulator.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The OAuth scopes each simulated endpoint needs: the classic and the granular names, any
 * one of which lets the call through. Phone endpoints copy the Phone spec's
 * {@code x-macro-scopes} and {@code x-granular-scopes} ({@code ScopeTests} checks them
 * against the spec); the Users and Accounts endpoints follow zoom-api.md §1, where names
 * marked there as unconfirmed are the README's uncertain choices.
 */
public final class RequiredScopes {

	private static final String USER_READ = "user:read:admin";

	private static final String USER_WRITE = "user:write:admin";

	private static final String PHONE_READ = "phone:read:admin";

	private static final String PHONE_WRITE = "phone:write:admin";

	/** Endpoint key ("METHOD /template") to the scopes it needs. */
	public static final Map<String, EndpointScopes> ALL = build();

	private RequiredScopes() {
	}

	/**
	 * @param endpointKey a route key such as {@code "GET /phone/users/{userId}"}
	 * @return its scopes, or null when the simulator declares none (then none is needed)
	 */
	public static EndpointScopes of(String endpointKey) {
		return ALL.get(endpointKey);
	}

	private static Map<String, EndpointScopes> build() {
		Map<String, EndpointScopes> all = new LinkedHashMap<>();
		all.put("POST /users", admin(USER_WRITE, "user:write:user:admin"));
		all.put("GET /users", admin(USER_READ, "user:read:list_users:admin"));
		all.put("GET /users/email", admin(USER_READ, "user:read:email:admin"));
		all.put("GET /users/{userId}", admin(USER_READ, "user:read:user:admin"));
		all.put("PATCH /users/{userId}", admin(USER_WRITE, "user:update:user:admin"));
		all.put("DELETE /users/{userId}", admin(USER_WRITE, "user:delete:user:admin"));
		all.put("PUT /users/{userId}/status", admin(USER_WRITE, "user:update:status:admin"));
		all.put("PUT /users/{userId}/email", admin(USER_WRITE, "user:update:email:admin"));
		all.put("GET /users/{userId}/settings", admin(USER_READ, "user:read:settings:admin"));
		all.put("PATCH /users/{userId}/settings", admin(USER_WRITE, "user:update:settings:admin"));
		all.put("GET /accounts/{accountId}/managed_domains",
				new EndpointScopes(List.of("account:read:admin"), List.of()));
		all.put("GET /phone/users/{userId}", phone(List.of("phone:read", PHONE_READ), "phone:read:user"));
		all.put("PATCH /phone/users/{userId}", phone(List.of("phone:write", PHONE_WRITE), "phone:update:user"));
		all.put("POST /phone/users/{userId}/calling_plans",
				phone(List.of("phone:write", PHONE_WRITE), "phone:write:calling_plan"));
		all.put("PUT /phone/users/{userId}/calling_plans",
				phone(List.of(PHONE_WRITE, "phone:write"), "phone:update:calling_plan"));
		all.put("DELETE /phone/users/{userId}/calling_plans/{planType}",
				phone(List.of("phone:write", PHONE_WRITE), "phone:delete:users_calling_plan"));
		all.put("POST /phone/users/{userId}/phone_numbers",
				phone(List.of("phone:write", PHONE_WRITE), "phone:write:user_number"));
		all.put("DELETE /phone/users/{userId}/phone_numbers/{phoneNumberId}",
				phone(List.of("phone:write", PHONE_WRITE), "phone:delete:user_number"));
		all.put("GET /phone/numbers", admin(PHONE_READ, "phone:read:list_numbers:admin"));
		all.put("GET /phone/users", admin(PHONE_READ, "phone:read:list_users:admin"));
		all.put("GET /phone/calling_plans", admin(PHONE_READ, "phone:read:list_calling_plans:admin"));
		all.put("GET /phone/sites", admin(PHONE_READ, "phone:read:list_sites:admin"));
		all.put("POST /phone/users/batch", admin(PHONE_WRITE, "phone:write:batch_users:admin"));
		return Collections.unmodifiableMap(all);
	}

	private static EndpointScopes admin(String classic, String granular) {
		return new EndpointScopes(List.of(classic), List.of(granular));
	}

	/**
	 * A per-user phone operation: the spec lists the user-level and the admin-level
	 * granular scope.
	 */
	private static EndpointScopes phone(List<String> classic, String granular) {
		return new EndpointScopes(classic, List.of(granular, granular + ":admin"));
	}

	/**
	 * One endpoint's scopes; a token holding any one of {@link #accepted()} may call it.
	 */
	public record EndpointScopes(List<String> classic, List<String> granular) {

		public List<String> accepted() {
			return Stream.concat(this.classic.stream(), this.granular.stream()).toList();
		}

		/**
		 * @return the names Zoom's refusal lists: the granular scopes, or the classic
		 * ones where no granular name is known
		 */
		public List<String> named() {
			return this.granular.isEmpty() ? this.classic : this.granular;
		}

	}

}

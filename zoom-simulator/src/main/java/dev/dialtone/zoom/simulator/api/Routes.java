package dev.dialtone.zoom.simulator.api;

import java.util.List;

import dev.dialtone.zoom.simulator.ratelimit.Category;

import static dev.dialtone.zoom.simulator.ratelimit.Category.LIGHT;
import static dev.dialtone.zoom.simulator.ratelimit.Category.MEDIUM;

/**
 * The Zoom endpoints the simulator serves, with the rate-limit labels from the reference
 * and the Phone spec (managed domains has no published label; LIGHT is assumed).
 */
public final class Routes {

	public static final Route OAUTH_TOKEN = new Route("POST", "/oauth/token", LIGHT, false, false);

	public static final List<Route> ALL = List.of(route("POST", "/users", LIGHT), route("GET", "/users", MEDIUM),
			route("GET", "/users/email", LIGHT), route("GET", "/users/{userId}", LIGHT),
			route("PATCH", "/users/{userId}", LIGHT), route("DELETE", "/users/{userId}", LIGHT),
			route("PUT", "/users/{userId}/status", LIGHT), route("PUT", "/users/{userId}/email", LIGHT),
			route("GET", "/users/{userId}/settings", MEDIUM), route("PATCH", "/users/{userId}/settings", MEDIUM),
			route("GET", "/accounts/{accountId}/managed_domains", LIGHT), phone("POST", "/phone/users/batch", MEDIUM),
			phone("GET", "/phone/users/{userId}", LIGHT), phone("PATCH", "/phone/users/{userId}", LIGHT),
			phone("POST", "/phone/users/{userId}/calling_plans", LIGHT),
			phone("PUT", "/phone/users/{userId}/calling_plans", LIGHT),
			phone("DELETE", "/phone/users/{userId}/calling_plans/{planType}", LIGHT),
			phone("POST", "/phone/users/{userId}/phone_numbers", LIGHT),
			phone("DELETE", "/phone/users/{userId}/phone_numbers/{phoneNumberId}", LIGHT),
			phone("GET", "/phone/numbers", MEDIUM), phone("GET", "/phone/users", MEDIUM),
			phone("GET", "/phone/calling_plans", MEDIUM), phone("GET", "/phone/sites", MEDIUM));

	private static final String[][] TEMPLATES = ALL.stream()
		.map((route) -> Route.segments(route.template()))
		.toArray(String[][]::new);

	public static final String DELETE_USER = "DELETE /users/{userId}";

	private Routes() {
	}

	/**
	 * Finds the route for a path relative to /v2; literal segments win because they are
	 * listed first.
	 */
	public static Route match(String method, String apiPath) {
		String[] segments = Route.segments(apiPath);
		for (int i = 0; i < TEMPLATES.length; i++) {
			if (ALL.get(i).matches(method, TEMPLATES[i], segments)) {
				return ALL.get(i);
			}
		}
		return null;
	}

	private static Route route(String method, String template, Category c) {
		return new Route(method, template, c, false, true);
	}

	private static Route phone(String method, String template, Category c) {
		return new Route(method, template, c, true, true);
	}

}

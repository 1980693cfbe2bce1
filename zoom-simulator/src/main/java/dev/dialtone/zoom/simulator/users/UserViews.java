package dev.dialtone.zoom.simulator.users;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dialtone.zoom.simulator.api.ZoomApiException;

/** The JSON shapes Zoom returns for users (field names as in the reference, §2). */
final class UserViews {

	private UserViews() {
	}

	/**
	 * {@code POST /users} 201: no status, so callers must read the user back to see
	 * pending.
	 */
	static Map<String, Object> created(SimUser user) {
		synchronized (user) {
			return identity(user, false);
		}
	}

	static Map<String, Object> full(SimUser user, String accountId) {
		synchronized (user) {
			Map<String, Object> view = listed(user);
			view.put("role_name", "Member");
			view.put("account_id", accountId);
			view.put("account_number", 1000001);
			view.put("cluster", "us06");
			view.put("login_types", user.loginTypes);
			view.put("plan_united_type", "1");
			view.put("zoom_one_type", 0);
			view.put("jid", user.id().toLowerCase() + "@xmpp.zoom.us");
			putIfSet(view, "job_title", user.jobTitle);
			putIfSet(view, "pronouns", user.pronouns);
			putIfSet(view, "phone_number", user.phoneNumber);
			putIfSet(view, "phone_country", user.phoneCountry);
			return view;
		}
	}

	/** The fields {@code include_fields} may add to a row of {@code GET /users}. */
	static final Set<String> INCLUDABLE = Set.of("custom_attributes", "host_key");

	/**
	 * Parses {@code include_fields} (comma-separated); 400/300 for a field Zoom does not
	 * define.
	 */
	static Set<String> includeFields(String value) {
		if (value == null || value.isBlank()) {
			return Set.of();
		}
		Set<String> fields = new LinkedHashSet<>();
		for (String field : value.split(",")) {
			String name = field.trim();
			if (!INCLUDABLE.contains(name)) {
				throw ZoomApiException.invalidField("include_fields", "Invalid field.");
			}
			fields.add(name);
		}
		return fields;
	}

	/** A row of {@code GET /users} with the fields {@code include_fields} asked for. */
	static Map<String, Object> listed(SimUser user, Set<String> include) {
		synchronized (user) {
			Map<String, Object> view = listed(user);
			if (include.contains("custom_attributes")) {
				view.put("custom_attributes", List.of());
			}
			if (include.contains("host_key")) {
				// six digits derived from the id: stable for the user, like Zoom's
				view.put("host_key", String.format("%06d", Math.floorMod(user.id().hashCode(), 1_000_000)));
			}
			return view;
		}
	}

	/** A row of {@code GET /users}. */
	static Map<String, Object> listed(SimUser user) {
		synchronized (user) {
			Map<String, Object> view = identity(user, true);
			view.put("pmi", 1_000_000_000L + Math.abs(user.id().hashCode()));
			view.put("timezone", user.timezone);
			view.put("verified", user.verified);
			putIfSet(view, "dept", user.dept);
			view.put("created_at", user.createdAt().toString());
			view.put("user_created_at", user.createdAt().toString());
			view.put("language", "en-US");
			view.put("status", user.status.wire());
			view.put("role_id", "2");
			view.put("group_ids", List.of());
			return view;
		}
	}

	/** What webhooks carry as {@code payload.object}. */
	static Map<String, Object> webhookObject(SimUser user) {
		synchronized (user) {
			Map<String, Object> view = identity(user, true);
			view.put("status", user.status.wire());
			return view;
		}
	}

	/**
	 * The leading fields every user shape shares, in Zoom's order; only the create reply
	 * lacks a display name. Callers hold the user's monitor.
	 */
	private static Map<String, Object> identity(SimUser user, boolean withDisplayName) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", user.id());
		putIfSet(view, "first_name", user.firstName);
		putIfSet(view, "last_name", user.lastName);
		if (withDisplayName) {
			view.put("display_name", user.displayName());
		}
		view.put("email", user.email());
		view.put("type", user.type);
		return view;
	}

	private static void putIfSet(Map<String, Object> view, String key, Object value) {
		if (value != null) {
			view.put(key, value);
		}
	}

}

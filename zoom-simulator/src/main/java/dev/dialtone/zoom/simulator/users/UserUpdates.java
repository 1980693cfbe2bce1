package dev.dialtone.zoom.simulator.users;

import java.util.Map;

import dev.dialtone.zoom.simulator.api.ZoomApiException;

import org.springframework.stereotype.Service;

/**
 * {@code PATCH /users/{id}} and {@code PATCH /users/{id}/settings}: profile fields and
 * the Zoom Phone feature.
 */
@Service
class UserUpdates {

	void update(SimUser user, Map<String, Object> body) {
		synchronized (user) {
			if (user.deleted) {
				throw ZoomApiException.userNotFound(user.id());
			}
			if (body.containsKey("email") && user.status == UserStatus.PENDING) {
				throw ZoomApiException.badRequest(1000, "Pending user can not change email.");
			}
			user.firstName = string(body, "first_name", user.firstName);
			user.lastName = string(body, "last_name", user.lastName);
			user.displayName = string(body, "display_name", user.displayName);
			user.dept = string(body, "dept", user.dept);
			user.jobTitle = string(body, "job_title", user.jobTitle);
			user.timezone = string(body, "timezone", user.timezone);
			user.pronouns = string(body, "pronouns", user.pronouns);
			user.phoneNumber = string(body, "phone_number", user.phoneNumber);
			user.phoneCountry = string(body, "phone_country", user.phoneCountry);
			if (body.get("type") instanceof Number type) {
				user.type = type.intValue();
			}
			applyFeature(user, body.get("feature"));
		}
	}

	/** Settings are refused for pending users (400/1000), as Zoom does. */
	void updateSettings(SimUser user, Map<String, Object> body) {
		synchronized (user) {
			requireSettingsAccess(user);
			applyFeature(user, body.get("feature"));
		}
	}

	static void requireSettingsAccess(SimUser user) {
		if (user.deleted) {
			throw ZoomApiException.userNotFound(user.id());
		}
		if (user.status == UserStatus.PENDING) {
			throw ZoomApiException.badRequest(1000,
					"You can not access settings of users that are still in pending state.");
		}
	}

	private static void applyFeature(SimUser user, Object feature) {
		if (feature instanceof Map<?, ?> map && map.get("zoom_phone") instanceof Boolean zoomPhone) {
			user.zoomPhone = zoomPhone;
		}
	}

	private static String string(Map<String, Object> body, String key, String current) {
		Object value = body.get(key);
		return (value != null) ? value.toString() : current;
	}

}

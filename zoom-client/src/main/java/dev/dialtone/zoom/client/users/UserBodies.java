package dev.dialtone.zoom.client.users;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Request bodies in Zoom's wire shape (snake_case, nested {@code user_info} /
 * {@code feature}, nulls left out).
 */
final class UserBodies {

	private UserBodies() {
	}

	static Map<String, Object> create(CreateUserRequest request) {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("email", request.email());
		info.put("type", request.type());
		putNames(info, request.firstName(), request.lastName(), request.displayName());
		putIfSet(info, "password", request.password());
		putZoomPhone(info, request.zoomPhone());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("action", request.action().wireValue());
		body.put("user_info", info);
		return body;
	}

	static Map<String, Object> update(UserUpdate update) {
		Map<String, Object> body = new LinkedHashMap<>();
		putNames(body, update.firstName(), update.lastName(), update.displayName());
		putIfSet(body, "dept", update.dept());
		putIfSet(body, "job_title", update.jobTitle());
		putIfSet(body, "type", update.type());
		putZoomPhone(body, update.zoomPhone());
		return body;
	}

	// create's user_info and the PATCH body spell names and the phone feature alike; one
	// place keeps them in step
	private static void putNames(Map<String, Object> body, String first, String last, String display) {
		putIfSet(body, "first_name", first);
		putIfSet(body, "last_name", last);
		putIfSet(body, "display_name", display);
	}

	private static void putZoomPhone(Map<String, Object> body, Boolean zoomPhone) {
		if (zoomPhone != null) {
			body.put("feature", Map.of("zoom_phone", zoomPhone));
		}
	}

	private static void putIfSet(Map<String, Object> body, String name, Object value) {
		if (value != null) {
			body.put(name, value);
		}
	}

	/** Answer of {@code GET /users/email}. */
	record EmailCheck(boolean existedEmail) {
	}

}

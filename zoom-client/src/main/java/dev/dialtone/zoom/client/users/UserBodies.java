package dev.dialtone.zoom.client.users;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Request bodies in Zoom's wire shape (snake_case, nested {@code user_info} / {@code feature}, nulls left out).
 */
final class UserBodies {

	private UserBodies() {
	}

	static Map<String, Object> create(CreateUserRequest request) {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("email", request.email());
		info.put("type", request.type());
		putIfSet(info, "first_name", request.firstName());
		putIfSet(info, "last_name", request.lastName());
		putIfSet(info, "display_name", request.displayName());
		putIfSet(info, "password", request.password());
		if (request.zoomPhone() != null) {
			info.put("feature", Map.of("zoom_phone", request.zoomPhone()));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("action", request.action().wireValue());
		body.put("user_info", info);
		return body;
	}

	static Map<String, Object> update(UserUpdate update) {
		Map<String, Object> body = new LinkedHashMap<>();
		putIfSet(body, "first_name", update.firstName());
		putIfSet(body, "last_name", update.lastName());
		putIfSet(body, "display_name", update.displayName());
		putIfSet(body, "dept", update.dept());
		putIfSet(body, "job_title", update.jobTitle());
		putIfSet(body, "type", update.type());
		if (update.zoomPhone() != null) {
			body.put("feature", Map.of("zoom_phone", update.zoomPhone()));
		}
		return body;
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

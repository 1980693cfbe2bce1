package dev.dialtone.zoom.simulator.api;

import dev.dialtone.zoom.simulator.ratelimit.Category;

/**
 * One Zoom endpoint: its key ("GET /phone/users/{userId}"), rate-limit category and API
 * family.
 */
public record Route(String method, String template, Category category, boolean phone, boolean authenticated) {

	public String key() {
		return this.method + " " + this.template;
	}

	boolean matches(String method, String[] mine, String[] segments) {
		if (!this.method.equals(method)) {
			return false;
		}
		if (mine.length != segments.length) {
			return false;
		}
		for (int i = 0; i < mine.length; i++) {
			if (!mine[i].startsWith("{") && !mine[i].equals(segments[i])) {
				return false;
			}
		}
		return true;
	}

	static String[] segments(String path) {
		String trimmed = path.startsWith("/") ? path.substring(1) : path;
		return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
	}

}

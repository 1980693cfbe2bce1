package dev.dialtone.zoom.simulator.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of a rate-limit check and the X-RateLimit-* / Retry-After headers that go
 * with it.
 */
public record Verdict(boolean allowed, Category category, boolean daily, int limit, int remaining, String retryAfter) {

	public static final String QPS_MESSAGE = "You have reached the maximum per-second rate limit for this API. "
			+ "Try again later.";

	public static final String DAILY_MESSAGE = "You have reached the maximum daily rate limit for this API. "
			+ "Refer to the response header for details on when you can make another request.";

	public String message() {
		return this.daily ? DAILY_MESSAGE : QPS_MESSAGE;
	}

	public Map<String, String> headers() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("X-RateLimit-Category", this.category.header());
		if (this.limit > 0 || !this.allowed) {
			headers.put("X-RateLimit-Type", this.daily ? "Daily-limit" : "QPS");
		}
		if (this.limit > 0) {
			headers.put("X-RateLimit-Limit", Integer.toString(this.limit));
			headers.put("X-RateLimit-Remaining", Integer.toString(Math.max(0, this.remaining)));
		}
		if (!this.allowed) {
			headers.put("Retry-After", this.retryAfter);
		}
		return headers;
	}

}

package dev.dialtone.zoom.client.ratelimit;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What a Zoom response said about rate limits: the status, the optional
 * {@code X-RateLimit-*} headers and the parsed {@code Retry-After}. All header fields may
 * be absent.
 *
 * @param status HTTP status
 * @param category {@code X-RateLimit-Category} (Light, Medium, Heavy, Resource-intensive)
 * @param type {@code X-RateLimit-Type} (QPS or Daily-limit)
 * @param limit {@code X-RateLimit-Limit}
 * @param remaining {@code X-RateLimit-Remaining}
 * @param retryAt parsed {@code Retry-After}
 * @param concurrencyLimited a lock-key 429 ("too many concurrent requests" on one
 * resource), not a budget signal
 */
public record RateLimitSignal(int status, String category, String type, Integer limit, Integer remaining,
		Instant retryAt, boolean concurrencyLimited) {

	/**
	 * Remaining at or below this fraction of the limit makes the bucket slow down before
	 * Zoom answers 429. Kept small because a bucket running at its full share normally
	 * ends each window with about 5% left (see BucketSize); less than that means someone
	 * else is spending the account's budget too.
	 */
	static final double LOW_REMAINING = 0.02;

	public boolean isRateLimited() {
		return this.status == 429;
	}

	boolean isDaily() {
		return this.type != null && this.type.toLowerCase(Locale.ROOT).startsWith("daily");
	}

	boolean isRemainingLow() {
		return this.limit != null && this.remaining != null && this.limit > 0
				&& this.remaining <= this.limit * LOW_REMAINING;
	}

	/**
	 * @return the category named by the header, when it names one this client knows
	 */
	Optional<RateCategory> headerCategory() {
		if (this.category == null) {
			return Optional.empty();
		}
		String normalized = this.category.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (RateCategory candidate : RateCategory.values()) {
			if (candidate.name().equals(normalized)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}

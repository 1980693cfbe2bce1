package dev.dialtone.auditor.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small token bucket per signed-in principal for the actions that cost Zoom calls
 * (re-check, re-drive): {@code burst} at once, one more after each {@code refill}, so one
 * account cannot spend the account-wide Zoom budget.
 */
class ActionRateLimit {

	private record Bucket(double tokens, Instant at) {
	}

	private final int burst;

	private final Duration refill;

	private final Clock clock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	ActionRateLimit(int burst, Duration refill, Clock clock) {
		this.burst = burst;
		this.refill = refill;
		this.clock = clock;
	}

	/**
	 * @return zero when the principal may act now, else how long until it may
	 */
	Duration tryAcquire(String principal) {
		Instant now = this.clock.instant();
		Duration[] wait = { Duration.ZERO };
		this.buckets.compute(principal, (key, bucket) -> {
			double tokens = (bucket == null) ? this.burst : Math.min(this.burst,
					bucket.tokens() + (double) Duration.between(bucket.at(), now).toNanos() / this.refill.toNanos());
			if (tokens >= 1) {
				return new Bucket(tokens - 1, now);
			}
			wait[0] = Duration.ofNanos((long) ((1 - tokens) * this.refill.toNanos()));
			return new Bucket(tokens, now);
		});
		return wait[0];
	}

}

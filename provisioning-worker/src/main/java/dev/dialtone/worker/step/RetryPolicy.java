package dev.dialtone.worker.step;

import java.time.Duration;

import dev.dialtone.zoom.client.ZoomApiException;

/**
 * Bounded exponential back-off for retryable Zoom failures; honours Retry-After but never
 * waits longer than the cap, so a lane (and the employees queued behind it) is never
 * parked for a daily limit.
 *
 * @param maxAttempts attempts including the first
 * @param initial first delay
 * @param multiplier growth per attempt
 * @param max longest single delay
 */
public record RetryPolicy(int maxAttempts, Duration initial, double multiplier, Duration max) {

	/**
	 * @return a policy that never retries (dry runs, unit tests of single steps)
	 */
	public static RetryPolicy none() {
		return new RetryPolicy(1, Duration.ZERO, 1, Duration.ZERO);
	}

	/**
	 * @param attempt the attempt that just failed (1-based)
	 * @param failure what Zoom (or the client) said
	 * @return how long to wait before the next attempt
	 */
	public Duration delayAfter(int attempt, ZoomApiException failure) {
		double exponential = this.initial.toMillis() * Math.pow(this.multiplier, attempt - 1);
		long millis = (long) Math.min(exponential, this.max.toMillis());
		long retryAfter = failure.retryAfter().map(Duration::toMillis).orElse(0L);
		return Duration.ofMillis(Math.min(Math.max(millis, retryAfter), this.max.toMillis()));
	}

	/**
	 * @param attempt the attempt that just failed (1-based)
	 * @param failure what Zoom (or the client) said
	 * @return whether another attempt is allowed
	 */
	public boolean shouldRetry(int attempt, ZoomApiException failure) {
		return failure.isRetryable() && attempt < this.maxAttempts;
	}

}

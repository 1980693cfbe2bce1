package dev.dialtone.worker.step;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.zoom.client.ZoomApiException;

/**
 * Bounded exponential back-off for retryable Zoom failures (5xx, 429, timeouts, a lost
 * connection, no local rate permit). Honours Retry-After but never waits longer than the
 * cap for one pause, so a lane (and the employees queued behind it) is never parked for a
 * daily limit; a call is retried until it succeeds, {@code maxAttempts} are made or the
 * next pause would take it past {@code budget} — whichever comes first.
 *
 * <p>
 * Why a random extra on each pause: a burst of 429s answers many lanes at once, and
 * without it they all come back at the same moment and meet the next burst together.
 *
 * @param maxAttempts attempts including the first
 * @param initial first delay
 * @param multiplier growth per attempt
 * @param max longest single delay
 * @param budget longest time one call may spend on its attempts and pauses
 * @param jitter the random extra on a pause, as a fraction (0..1) of its exponential
 * delay
 */
public record RetryPolicy(int maxAttempts, Duration initial, double multiplier, Duration max, Duration budget,
		double jitter) {

	/**
	 * A policy without a time budget of its own (the attempts bound it) and without
	 * jitter.
	 */
	public RetryPolicy(int maxAttempts, Duration initial, double multiplier, Duration max) {
		this(maxAttempts, initial, multiplier, max, max.multipliedBy(Math.max(1, maxAttempts)), 0);
	}

	/**
	 * The policy the steps apply, from the bound {@code dialtone.worker.retry.*}
	 * properties (built here, not in the properties record, so that configuration does
	 * not depend on the steps).
	 */
	public static RetryPolicy of(WorkerProperties.Retry retry) {
		return new RetryPolicy(retry.maxAttempts(), retry.initialBackoff(), retry.multiplier(), retry.maxBackoff(),
				retry.budget(), retry.jitter());
	}

	/**
	 * @return a policy that never retries (dry runs, unit tests of single steps)
	 */
	public static RetryPolicy none() {
		return new RetryPolicy(1, Duration.ZERO, 1, Duration.ZERO);
	}

	/**
	 * The pause without its random extra.
	 * @param attempt the attempt that just failed (1-based)
	 * @param failure what Zoom (or the client) said
	 * @return how long to wait before the next attempt
	 */
	public Duration delayAfter(int attempt, ZoomApiException failure) {
		return delayAfter(attempt, failure, 0);
	}

	/**
	 * @param attempt the attempt that just failed (1-based)
	 * @param failure what Zoom (or the client) said
	 * @param random 0..1, which part of the random extra is added
	 * @return how long to wait before the next attempt: the exponential delay or
	 * Retry-After, whichever is longer, plus up to {@code jitter} × the exponential
	 * delay, never more than the cap
	 */
	public Duration delayAfter(int attempt, ZoomApiException failure, double random) {
		double exponential = Math.min(this.initial.toMillis() * Math.pow(this.multiplier, attempt - 1),
				this.max.toMillis());
		long retryAfter = failure.retryAfter().map(Duration::toMillis).orElse(0L);
		long extra = (long) (exponential * this.jitter * random);
		long millis = Math.max((long) exponential, retryAfter) + extra;
		return Duration.ofMillis(Math.min(millis, this.max.toMillis()));
	}

	/**
	 * @return a jittered pause (a fresh random extra each call)
	 */
	Duration nextDelay(int attempt, ZoomApiException failure) {
		return delayAfter(attempt, failure, ThreadLocalRandom.current().nextDouble());
	}

	/**
	 * @param attempt the attempt that just failed (1-based)
	 * @param failure what Zoom (or the client) said
	 * @return whether the failure is worth another attempt and attempts are left (the
	 * time budget is checked by {@link #fitsBudget})
	 */
	public boolean shouldRetry(int attempt, ZoomApiException failure) {
		return failure.isRetryable() && attempt < this.maxAttempts;
	}

	/**
	 * @param spent time the call has taken so far, attempts and pauses
	 * @param pause the pause before the next attempt
	 * @return whether the next attempt still starts within the budget
	 */
	public boolean fitsBudget(Duration spent, Duration pause) {
		return spent.plus(pause).compareTo(this.budget) <= 0;
	}

}

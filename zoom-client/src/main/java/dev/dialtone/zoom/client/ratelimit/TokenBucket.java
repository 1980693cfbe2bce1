package dev.dialtone.zoom.client.ratelimit;

/**
 * A token bucket that hands out reservations: a caller takes a permit now and is told how
 * long to wait before using it, so waiting callers queue fairly instead of spinning. Time
 * is passed in (nanoseconds) to keep the math testable.
 */
final class TokenBucket {

	private double ratePerSecond;

	private double capacity;

	private double tokens;

	/** Tokens accrue from here on; it lies in the future while the bucket is paused. */
	private long refillFromNanos;

	TokenBucket(double ratePerSecond, double capacity, long nowNanos) {
		this.refillFromNanos = nowNanos;
		resize(ratePerSecond, capacity, nowNanos);
		this.tokens = this.capacity;
	}

	/**
	 * Reserves one permit if it becomes available within {@code maxWaitNanos}.
	 * @return nanoseconds to wait before using the permit, or -1 when that would exceed
	 * the max wait (nothing taken)
	 */
	synchronized long reserve(long nowNanos, long maxWaitNanos) {
		refill(nowNanos);
		long wait = Math.max(0, this.refillFromNanos - nowNanos);
		if (this.tokens < 1) {
			wait += (long) Math.ceil((1 - this.tokens) / this.ratePerSecond * 1e9);
		}
		if (wait > maxWaitNanos) {
			return -1;
		}
		this.tokens -= 1;
		return wait;
	}

	/**
	 * @return nanoseconds until a permit would be available (without taking one)
	 */
	synchronized long nanosUntilAvailable(long nowNanos) {
		refill(nowNanos);
		long wait = Math.max(0, this.refillFromNanos - nowNanos);
		return (this.tokens >= 1) ? wait : wait + (long) Math.ceil((1 - this.tokens) / this.ratePerSecond * 1e9);
	}

	/**
	 * Changes rate and burst size, keeping outstanding reservations (negative tokens) in
	 * the books. A capacity below one permit is allowed: a caller then waits for the
	 * missing part, so the bucket still serves its whole rate (a small share is not
	 * rounded up to a whole burst permit, nor its rate cut to pay for one).
	 */
	synchronized void resize(double newRatePerSecond, double newCapacity, long nowNanos) {
		if (newRatePerSecond <= 0 || newCapacity <= 0) {
			throw new IllegalArgumentException("rate and capacity must be positive");
		}
		refill(nowNanos);
		this.ratePerSecond = newRatePerSecond;
		this.capacity = newCapacity;
		this.tokens = Math.min(this.tokens, newCapacity);
	}

	/**
	 * Hands out nothing new until {@code untilNanos}, then refills from empty (no burst
	 * right at resume).
	 */
	synchronized void pauseUntil(long untilNanos, long nowNanos) {
		refill(nowNanos);
		if (untilNanos > this.refillFromNanos) {
			this.tokens = Math.min(this.tokens, 0);
			this.refillFromNanos = untilNanos;
		}
	}

	synchronized double ratePerSecond() {
		return this.ratePerSecond;
	}

	synchronized double capacity() {
		return this.capacity;
	}

	private void refill(long nowNanos) {
		if (nowNanos > this.refillFromNanos) {
			double accrued = (nowNanos - this.refillFromNanos) / 1e9 * this.ratePerSecond;
			this.tokens = Math.min(this.capacity, this.tokens + accrued);
			this.refillFromNanos = nowNanos;
		}
	}

}

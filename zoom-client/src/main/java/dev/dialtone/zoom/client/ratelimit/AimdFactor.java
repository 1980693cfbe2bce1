package dev.dialtone.zoom.client.ratelimit;

/**
 * Additive-increase / multiplicative-decrease factor applied on top of the configured
 * share: it drops when Zoom pushes back and climbs back linearly while it does not.
 * Concurrent 429s from one overload arrive together, so decreases are spaced by a
 * cool-down and recovery starts only after it.
 */
final class AimdFactor {

	static final double MIN = 0.1;

	private final double increasePerSecond;

	private final long coolDownNanos;

	private double factor = 1.0;

	private long lastDecreaseNanos;

	private long lastUpdateNanos;

	AimdFactor(double increasePerSecond, long coolDownNanos, long nowNanos) {
		this.increasePerSecond = increasePerSecond;
		this.coolDownNanos = coolDownNanos;
		this.lastDecreaseNanos = nowNanos - coolDownNanos;
		this.lastUpdateNanos = nowNanos;
	}

	synchronized double current(long nowNanos) {
		recover(nowNanos);
		return this.factor;
	}

	/**
	 * Multiplies the factor down unless a decrease happened within the cool-down.
	 * @return whether the factor changed
	 */
	synchronized boolean decrease(double multiplier, long nowNanos) {
		recover(nowNanos);
		if (nowNanos - this.lastDecreaseNanos < this.coolDownNanos) {
			return false;
		}
		this.factor = Math.max(MIN, this.factor * multiplier);
		this.lastDecreaseNanos = nowNanos;
		return true;
	}

	private void recover(long nowNanos) {
		long recoverFrom = Math.max(this.lastUpdateNanos, this.lastDecreaseNanos + this.coolDownNanos);
		if (nowNanos > recoverFrom && this.factor < 1.0) {
			this.factor = Math.min(1.0, this.factor + (nowNanos - recoverFrom) / 1e9 * this.increasePerSecond);
		}
		this.lastUpdateNanos = Math.max(this.lastUpdateNanos, nowNanos);
	}

}

package dev.dialtone.zoom.client.ratelimit;

/**
 * One bucket (family × category) together with its adaptive factor; re-sizes the bucket
 * when the share, the account rates or the factor moved.
 */
final class CategoryBudget {

	/**
	 * Cut on a 429. Gentler than halving: at a correct share a 429 is mostly window
	 * jitter, and a real overload (shares summing past 1) brings a 429 every cool-down,
	 * so the cuts compound quickly anyway.
	 */
	static final double DECREASE_ON_429 = 0.7;

	/**
	 * Cut when X-RateLimit-Remaining shows the window nearly spent by someone else too.
	 */
	static final double DECREASE_ON_LOW_REMAINING = 0.9;

	/**
	 * Recovery speed: from 0.7 back to full share in 6 s, from the floor in 18 s, without
	 * pushback.
	 */
	static final double INCREASE_PER_SECOND = 0.05;

	static final long COOL_DOWN_NANOS = 1_000_000_000L;

	private final RateCategory category;

	private final TokenBucket bucket;

	private final AimdFactor factor;

	private double sizedFor = -1;

	CategoryBudget(RateCategory category, double accountPerSecond, double share, long nowNanos) {
		this.category = category;
		BucketSize size = BucketSize.of(accountPerSecond, category, share);
		this.bucket = new TokenBucket(size.ratePerSecond(), size.capacity(), nowNanos);
		this.factor = new AimdFactor(INCREASE_PER_SECOND, COOL_DOWN_NANOS, nowNanos);
		this.sizedFor = accountPerSecond * share;
	}

	TokenBucket bucket() {
		return this.bucket;
	}

	double factor(long nowNanos) {
		return this.factor.current(nowNanos);
	}

	boolean decrease(double multiplier, long nowNanos) {
		return this.factor.decrease(multiplier, nowNanos);
	}

	/**
	 * Brings the bucket in line with the current inputs; cheap when nothing changed by
	 * more than 1%.
	 */
	synchronized void sync(double accountPerSecond, double share, long nowNanos) {
		double effective = accountPerSecond * share * this.factor.current(nowNanos);
		if (Math.abs(effective - this.sizedFor) > this.sizedFor * 0.01) {
			BucketSize size = BucketSize.of(accountPerSecond, this.category, share * this.factor.current(nowNanos));
			this.bucket.resize(size.ratePerSecond(), size.capacity(), nowNanos);
			this.sizedFor = effective;
		}
	}

}

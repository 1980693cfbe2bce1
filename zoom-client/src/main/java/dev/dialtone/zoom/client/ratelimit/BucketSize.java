package dev.dialtone.zoom.client.ratelimit;

/**
 * Sizes a bucket so that no window of Zoom's length (one second, or one minute for
 * Resource-intensive) can see more than this instance's budget: burst plus refill over
 * the window stays within {@code limit × share × factor}. The burst is the same fraction
 * of the window for every share, so every share gets the same part of its rate: a share
 * too small to fund a whole permit gets a fractional burst (the bucket's reservations
 * wait for the rest), not a whole permit paid for by halving its rate.
 *
 * @param ratePerSecond refill rate
 * @param capacity burst size in permits (may be below one)
 */
record BucketSize(double ratePerSecond, double capacity) {

	/** Part of a window's budget that may be spent as an instant burst. */
	static final double BURST_FRACTION = 0.05;

	/**
	 * @param accountPerSecond the account-wide rate for the category
	 * @param category the category (decides the window length)
	 * @param effectiveShare configured share times the adaptive factor
	 * @return the bucket's size
	 */
	static BucketSize of(double accountPerSecond, RateCategory category, double effectiveShare) {
		double windowSeconds = (category == RateCategory.RESOURCE_INTENSIVE) ? 60 : 1;
		double perWindow = accountPerSecond * windowSeconds * effectiveShare;
		double capacity = perWindow * BURST_FRACTION;
		return new BucketSize((perWindow - capacity) / windowSeconds, capacity);
	}

}

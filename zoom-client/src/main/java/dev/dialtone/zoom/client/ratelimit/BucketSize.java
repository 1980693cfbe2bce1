package dev.dialtone.zoom.client.ratelimit;

/**
 * Sizes a bucket so that no window of Zoom's length (one second, or one minute for
 * Resource-intensive) can see more than this instance's budget: burst plus refill over
 * the window stays within {@code limit × share × factor}.
 *
 * @param ratePerSecond refill rate
 * @param capacity burst size (at least one permit)
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
		double capacity = Math.max(1, perWindow * BURST_FRACTION);
		// a tiny share cannot fund a whole burst permit; never drop below half the
		// share's rate
		double refillPerWindow = Math.max(perWindow * 0.5, perWindow - capacity);
		return new BucketSize(refillPerWindow / windowSeconds, capacity);
	}

}

package dev.dialtone.zoom.client.ratelimit;

import java.time.Duration;

/**
 * This client instance's part of the account's rate budget. Zoom's limits are per account
 * and shared by every worker instance, so each instance is given a
 * {@link #setShare(double) share} (for example the fraction of partitions it owns). On
 * top of that share, each bucket adapts on its own: it shrinks on a 429 or a low
 * {@code X-RateLimit-Remaining} and recovers slowly while calls succeed (AIMD).
 */
public interface RateBudget {

	/**
	 * @return the configured share of the account budget, 0..1
	 */
	double share();

	/**
	 * Sets this instance's share of the account budget; takes effect immediately on every
	 * bucket.
	 * @param share fraction of the account budget, 0 (exclusive) to 1
	 */
	void setShare(double share);

	/**
	 * @return the account-wide rates the buckets are sized from
	 */
	AccountRates accountRates();

	/**
	 * Replaces the account-wide rates (e.g. after a plan change); buckets resize
	 * immediately.
	 * @param rates the account's rates
	 */
	void setAccountRates(AccountRates rates);

	/**
	 * @param family API family
	 * @param category rate category
	 * @return configured share times the bucket's adaptive factor (≤ share)
	 */
	double effectiveShare(ApiFamily family, RateCategory category);

	/**
	 * @param family API family
	 * @param category rate category
	 * @return the rate this instance currently allows itself, in requests per second
	 */
	double permitsPerSecond(ApiFamily family, RateCategory category);

	/**
	 * @return the longest a call blocks for a permit before failing with
	 * {@code BUDGET_EXHAUSTED}
	 */
	Duration maxWait();

}

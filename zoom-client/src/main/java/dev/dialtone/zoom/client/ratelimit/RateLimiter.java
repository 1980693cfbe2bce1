package dev.dialtone.zoom.client.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The client's {@link RateBudget}: one token bucket per API family and category, sized
 * from the account rates and this instance's share, adapting to Zoom's pushback. Internal
 * to the client; callers see it as {@link RateBudget}.
 */
public final class RateLimiter implements RateBudget {

	private final Map<ApiFamily, Map<RateCategory, CategoryBudget>> budgets = new EnumMap<>(ApiFamily.class);

	private final Map<ApiFamily, Map<RateCategory, Timer>> waitTimers = new EnumMap<>(ApiFamily.class);

	private final Duration maxWait;

	private final LongSupplier nanoClock;

	private final Clock clock;

	private volatile AccountRates rates;

	private volatile double share;

	public RateLimiter(AccountRates rates, double share, Duration maxWait, MeterRegistry registry) {
		this(rates, share, maxWait, registry, System::nanoTime, Clock.systemUTC());
	}

	RateLimiter(AccountRates rates, double share, Duration maxWait, MeterRegistry registry, LongSupplier nanoClock,
			Clock clock) {
		this.rates = rates;
		this.share = checkShare(share);
		this.maxWait = maxWait;
		this.nanoClock = nanoClock;
		this.clock = clock;
		long now = nanoClock.getAsLong();
		for (ApiFamily family : ApiFamily.values()) {
			Map<RateCategory, CategoryBudget> byCategory = new EnumMap<>(RateCategory.class);
			Map<RateCategory, Timer> timers = new EnumMap<>(RateCategory.class);
			for (RateCategory category : RateCategory.values()) {
				byCategory.put(category, new CategoryBudget(category, rates.perSecond(family, category), share, now));
				timers.put(category, LimiterMeters.register(registry, this, family, category));
			}
			this.budgets.put(family, byCategory);
			this.waitTimers.put(family, timers);
		}
		Gauge.builder("dialtone.zoom.limiter.configured.share", this, RateLimiter::share)
			.description("This instance's configured share of the account's Zoom rate budget")
			.register(registry);
	}

	/**
	 * Takes a permit, blocking up to the max wait.
	 * @return how long the caller waited
	 * @throws PermitUnavailableException when no permit is available within the max wait
	 */
	public Duration acquire(ApiFamily family, RateCategory category) {
		long start = this.nanoClock.getAsLong();
		CategoryBudget budget = budget(family, category, start);
		long wait = budget.bucket().reserve(start, this.maxWait.toNanos());
		if (wait < 0) {
			long until = budget.bucket().nanosUntilAvailable(start);
			throw new PermitUnavailableException("No " + family + "/" + category + " permit within " + this.maxWait,
					this.clock.instant().plusNanos(until));
		}
		long deadline = start + wait;
		for (long left = wait; left > 0; left = deadline - this.nanoClock.getAsLong()) {
			LockSupport.parkNanos(left);
			if (Thread.interrupted()) {
				Thread.currentThread().interrupt();
				throw new PermitUnavailableException("Interrupted while waiting for a permit", this.clock.instant());
			}
		}
		this.waitTimers.get(family).get(category).record(wait, TimeUnit.NANOSECONDS);
		return Duration.ofNanos(wait);
	}

	/**
	 * Feeds what a response said back into the budget: 429s cut the bucket and pause it
	 * until Retry-After; a low {@code X-RateLimit-Remaining} slows it down before Zoom
	 * has to say no.
	 */
	public void onResponse(ApiFamily family, RateCategory endpointCategory, RateLimitSignal signal) {
		long now = this.nanoClock.getAsLong();
		RateCategory category = signal.headerCategory().orElse(endpointCategory);
		CategoryBudget budget = this.budgets.get(family).get(category);
		if (signal.isRateLimited() && !signal.concurrencyLimited()) {
			budget.decrease(CategoryBudget.DECREASE_ON_429, now);
			budget.bucket().pauseUntil(now + pauseNanos(signal), now);
		}
		else if (signal.isRemainingLow() && !signal.isDaily()) {
			budget.decrease(CategoryBudget.DECREASE_ON_LOW_REMAINING, now);
		}
		else {
			return;
		}
		budget.sync(this.rates.perSecond(family, category), this.share, now);
	}

	private long pauseNanos(RateLimitSignal signal) {
		Instant now = this.clock.instant();
		Instant until = signal.retryAt();
		if (until == null) {
			// daily limits reset at 00:00 UTC; a per-second limit clears within its
			// one-second window
			until = signal.isDaily()
					? LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)
					: now.plusSeconds(1);
		}
		return Math.max(0, Duration.between(now, until).toNanos());
	}

	private CategoryBudget budget(ApiFamily family, RateCategory category, long now) {
		CategoryBudget budget = this.budgets.get(family).get(category);
		budget.sync(this.rates.perSecond(family, category), this.share, now);
		return budget;
	}

	@Override
	public double share() {
		return this.share;
	}

	@Override
	public void setShare(double share) {
		this.share = checkShare(share);
		resizeAll();
	}

	@Override
	public AccountRates accountRates() {
		return this.rates;
	}

	@Override
	public void setAccountRates(AccountRates rates) {
		this.rates = Objects.requireNonNull(rates, "rates");
		resizeAll();
	}

	@Override
	public double effectiveShare(ApiFamily family, RateCategory category) {
		return this.share * this.budgets.get(family).get(category).factor(this.nanoClock.getAsLong());
	}

	@Override
	public double permitsPerSecond(ApiFamily family, RateCategory category) {
		return budget(family, category, this.nanoClock.getAsLong()).bucket().ratePerSecond();
	}

	@Override
	public Duration maxWait() {
		return this.maxWait;
	}

	private void resizeAll() {
		long now = this.nanoClock.getAsLong();
		this.budgets.forEach((family, byCategory) -> byCategory
			.forEach((category, budget) -> budget.sync(this.rates.perSecond(family, category), this.share, now)));
	}

	private static double checkShare(double share) {
		if (!(share > 0 && share <= 1)) {
			throw new IllegalArgumentException("share must be in (0, 1], was " + share);
		}
		return share;
	}

}

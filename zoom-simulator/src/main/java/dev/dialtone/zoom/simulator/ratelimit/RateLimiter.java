package dev.dialtone.zoom.simulator.ratelimit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import dev.dialtone.zoom.simulator.api.Route;
import dev.dialtone.zoom.simulator.seed.RateLimits;
import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seedable;

import org.springframework.stereotype.Component;

/**
 * Per-account limits per category, kept separately for the Zoom API and the Zoom Phone
 * API: fixed 1-second windows (1-minute for resource-intensive), per-category daily caps
 * where the plan has them, the shared Heavy + Resource-intensive daily cap, and the daily
 * cap on {@code POST /users} with action {@code create}.
 */
@Component
public class RateLimiter implements Seedable {

	private static final long SECOND = 1_000L;

	private static final long MINUTE = 60_000L;

	private static final long DAY = 86_400_000L;

	private static final int SLOTS = 2 * Category.values().length;

	private volatile Buckets buckets = new Buckets(RateLimits.unlimited());

	private final LongAdder[] calls = adders();

	private final LongAdder[] throttled = adders();

	@Override
	public void apply(Seed seed) {
		this.buckets = new Buckets(PlanLimits.of(seed.account()));
		resetCounts();
	}

	public void resetCounts() {
		for (int i = 0; i < SLOTS; i++) {
			this.calls[i].reset();
			this.throttled[i].reset();
		}
	}

	public Verdict acquire(Route route) {
		int slot = slot(route.phone(), route.category());
		this.calls[slot].increment();
		Buckets current = this.buckets;
		long now = System.currentTimeMillis();
		Verdict verdict = check(route.category(), current.perWindow[slot], false, now);
		if (verdict.allowed() && current.daily[slot] != null) {
			Verdict daily = check(route.category(), current.daily[slot], true, now);
			verdict = daily.allowed() ? verdict : daily;
		}
		if (!verdict.allowed()) {
			this.throttled[slot].increment();
		}
		return verdict;
	}

	/**
	 * The daily cap on user creation with action=create (and, if configured, ssoCreate).
	 */
	public void acquireCreate() {
		Verdict verdict = check(Category.LIGHT, this.buckets.createDaily, true, System.currentTimeMillis());
		if (!verdict.allowed()) {
			this.throttled[slot(false, Category.LIGHT)].increment();
			throw new RateLimitedException(verdict);
		}
	}

	/** Calls and 429s per API family and category since the last reset. */
	public List<CategoryCount> counts() {
		List<CategoryCount> counts = new ArrayList<>();
		for (int phone = 0; phone < 2; phone++) {
			for (Category category : Category.values()) {
				int slot = slot(phone == 1, category);
				counts.add(new CategoryCount(phone == 1 ? "phone" : "zoom", category.header(), this.calls[slot].sum(),
						this.throttled[slot].sum()));
			}
		}
		return counts;
	}

	private Verdict check(Category category, FixedWindow window, boolean daily, long now) {
		if (window.unlimited()) {
			return new Verdict(true, category, daily, 0, 0, null);
		}
		int remaining = window.tryAcquire(now);
		if (remaining >= 0) {
			return new Verdict(true, category, daily, window.limit(), remaining, null);
		}
		String retryAfter = daily ? Instant.ofEpochMilli(window.windowEnd(now)).toString()
				: Long.toString(Math.max(1, (window.windowEnd(now) - now + 999) / 1000));
		return new Verdict(false, category, daily, window.limit(), 0, retryAfter);
	}

	private static int slot(boolean phone, Category category) {
		return (phone ? Category.values().length : 0) + category.ordinal();
	}

	private static LongAdder[] adders() {
		LongAdder[] adders = new LongAdder[SLOTS];
		for (int i = 0; i < SLOTS; i++) {
			adders[i] = new LongAdder();
		}
		return adders;
	}

	/** One call and 429 tally. */
	public record CategoryCount(String api, String category, long calls, long throttled) {
	}

	private static final class Buckets {

		final FixedWindow[] perWindow = new FixedWindow[SLOTS];

		final FixedWindow[] daily = new FixedWindow[SLOTS];

		final FixedWindow createDaily;

		Buckets(RateLimits l) {
			set(false, Category.LIGHT, new FixedWindow(SECOND, l.light()), daily(l.lightDaily()));
			set(false, Category.MEDIUM, new FixedWindow(SECOND, l.medium()), daily(l.mediumDaily()));
			FixedWindow heavyDaily = daily(l.heavyDaily());
			set(false, Category.HEAVY, new FixedWindow(SECOND, l.heavy()), heavyDaily);
			set(false, Category.RESOURCE_INTENSIVE, new FixedWindow(MINUTE, l.resourceIntensivePerMinute()),
					heavyDaily);
			set(true, Category.LIGHT, new FixedWindow(SECOND, l.phoneLight()), null);
			set(true, Category.MEDIUM, new FixedWindow(SECOND, l.phoneMedium()), null);
			FixedWindow phoneHeavyDaily = daily(l.phoneHeavyDaily());
			set(true, Category.HEAVY, new FixedWindow(SECOND, l.phoneHeavy()), phoneHeavyDaily);
			set(true, Category.RESOURCE_INTENSIVE, new FixedWindow(MINUTE, l.phoneResourceIntensivePerMinute()),
					phoneHeavyDaily);
			this.createDaily = new FixedWindow(DAY, l.createDaily());
		}

		private void set(boolean phone, Category category, FixedWindow window, FixedWindow day) {
			this.perWindow[slot(phone, category)] = window;
			this.daily[slot(phone, category)] = day;
		}

		private static FixedWindow daily(int limit) {
			return (limit > 0) ? new FixedWindow(DAY, limit) : null;
		}

	}

}

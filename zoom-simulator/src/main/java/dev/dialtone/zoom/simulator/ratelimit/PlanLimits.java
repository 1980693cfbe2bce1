package dev.dialtone.zoom.simulator.ratelimit;

import java.util.Locale;

import dev.dialtone.zoom.simulator.seed.RateLimits;
import dev.dialtone.zoom.simulator.seed.Seed;

/**
 * Zoom's published limits per plan (reference §6); CUSTOM takes the seed's figures,
 * UNLIMITED has none.
 */
final class PlanLimits {

	private PlanLimits() {
	}

	static RateLimits of(Seed.Account account) {
		return switch (account.plan().toUpperCase(Locale.ROOT)) {
			case "FREE" -> new RateLimits(4, 2, 1, 10, 20, 10, 5, 5, 6_000, 2_000, 30_000, 15_000, 50);
			case "PRO" -> new RateLimits(30, 20, 10, 10, 20, 10, 5, 5, 0, 0, 30_000, 15_000, 1_500);
			case "BUSINESS_PLUS", "BUSINESS", "ENTERPRISE" ->
				new RateLimits(80, 60, 40, 20, 40, 20, 10, 10, 0, 0, 60_000, 30_000, 10_000);
			case "CUSTOM" -> (account.rateLimits() != null) ? account.rateLimits() : RateLimits.unlimited();
			case "UNLIMITED" -> RateLimits.unlimited();
			default -> throw new IllegalArgumentException(
					"Unknown plan " + account.plan() + " (use FREE, PRO, BUSINESS_PLUS, CUSTOM or UNLIMITED)");
		};
	}

}

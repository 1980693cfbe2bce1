package dev.dialtone.zoom.client.ratelimit;

import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * Per-bucket meters: wait time for a permit, effective share and current rate.
 */
final class LimiterMeters {

	private LimiterMeters() {
	}

	static Timer register(MeterRegistry registry, RateBudget budget, ApiFamily family, RateCategory category) {
		Tags tags = Tags.of("family", family.name().toLowerCase(Locale.ROOT), "category",
				category.name().toLowerCase(Locale.ROOT));
		Gauge.builder("dialtone.zoom.limiter.share", budget, (b) -> b.effectiveShare(family, category))
			.description("Share of the account's Zoom budget this instance currently uses (configured share x AIMD)")
			.tags(tags)
			.register(registry);
		Gauge.builder("dialtone.zoom.limiter.rate", budget, (b) -> b.permitsPerSecond(family, category))
			.description("Permits per second this instance currently allows itself")
			.baseUnit("requests/s")
			.tags(tags)
			.register(registry);
		return Timer.builder("dialtone.zoom.limiter.wait")
			.description("Time calls waited for a Zoom rate-limit permit")
			.tags(tags)
			.register(registry);
	}

}

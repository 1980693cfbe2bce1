package dev.dialtone.zoom.client.sim;

import java.net.URI;
import java.time.Duration;

import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomClientProperties;
import dev.dialtone.zoom.client.ratelimit.AccountRates;
import dev.dialtone.zoom.client.ratelimit.Plan;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One in-process Zoom simulator for the whole test JVM (starting Spring Boot per class
 * would dominate the run); each test reseeds it with the world its scenario needs.
 */
final class Simulator {

	private static ZoomSimulator shared;

	private Simulator() {
	}

	static synchronized ZoomSimulator seeded(Seed seed) {
		if (shared == null) {
			shared = ZoomSimulator.start(seed);
		}
		else {
			shared.seed(seed);
		}
		return shared;
	}

	/**
	 * The demo world without rate limits, for tests about behaviour rather than budgets.
	 */
	static ZoomSimulator unlimited() {
		return seeded(Seed.builder().plan("UNLIMITED").build());
	}

	static ZoomClientProperties properties(ZoomSimulator sim) {
		return new ZoomClientProperties(URI.create(sim.baseUrl()), URI.create(sim.oauthUrl()), sim.accountId(),
				sim.clientId(), sim.clientSecret(), Plan.BUSINESS_PLUS, null, 1.0, Duration.ofSeconds(2),
				Duration.ofSeconds(5), Duration.ofSeconds(5));
	}

	static ZoomClientProperties properties(ZoomSimulator sim, AccountRates rates) {
		return properties(sim).withPlan(Plan.CUSTOM, rates);
	}

	static ZoomClient client(ZoomSimulator sim, MeterRegistry registry) {
		return ZoomClient.create(properties(sim), registry);
	}

}

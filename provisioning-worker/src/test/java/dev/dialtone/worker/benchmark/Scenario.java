package dev.dialtone.worker.benchmark;

import java.util.Map;

import dev.dialtone.zoom.simulator.faults.FaultSpec;
import dev.dialtone.zoom.simulator.seed.Seed;

/**
 * One benchmark run: the simulated account, Zoom latency, worker settings and how many
 * hires.
 *
 * @param name shown in the report
 * @param simPlan the simulator's enforced plan (UNLIMITED or BUSINESS_PLUS)
 * @param latencyMs added latency per Zoom call
 * @param hires measured hires
 * @param warmup hires before measuring (JIT, connections, caches)
 * @param workerProperties extra worker properties
 */
record Scenario(String name, String simPlan, long latencyMs, int hires, int warmup,
		Map<String, Object> workerProperties) {

	Seed seed() {
		return Seed.builder()
			.plan(this.simPlan)
			.site(new Seed.Site("site-bench", "Bench", "BENCH", 9, 100000, 999999, 200))
			.numberPool("site-bench", "+13125550000", this.hires + this.warmup + 100)
			.callingPlan(200, "UNLIMITED_PLAN_US_CA", this.hires + this.warmup + 100)
			.build();
	}

	Map<String, FaultSpec> faults() {
		return (this.latencyMs > 0) ? Map.of("*", FaultSpec.latency(this.latencyMs)) : Map.of();
	}

}

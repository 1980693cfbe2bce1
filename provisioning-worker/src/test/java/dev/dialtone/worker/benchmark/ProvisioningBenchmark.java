package dev.dialtone.worker.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.worker.support.Events;
import dev.dialtone.worker.support.TestPipeline;
import dev.dialtone.worker.support.WorkerTestSupport;
import dev.dialtone.zoom.simulator.ZoomSimulator;

import static org.awaitility.Awaitility.await;

/**
 * Provisions N hires through the real pipeline — identity events on the broker, the
 * worker's exec jar in its own JVM, outcomes back on the broker — against the simulator,
 * and writes the figures to a Markdown file. Run with
 * {@code ./mvnw -B -pl provisioning-worker -Pbenchmark verify}.
 */
public final class ProvisioningBenchmark {

	private ProvisioningBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		Path report = Path.of(args[1]);
		int fastHires = (args.length > 2) ? Integer.parseInt(args[2]) : 6000;
		int limitedHires = (args.length > 3) ? Integer.parseInt(args[3]) : 400;
		LocalPlatform.shared();
		List<Scenario> scenarios = List.of(
				new Scenario("no limits, no latency", "UNLIMITED", 0, fastHires, 500, unlimitedWorker()),
				new Scenario("Business+ limits, 100 ms latency", "BUSINESS_PLUS", 100, limitedHires, 40,
						Map.of("dialtone.zoom.plan", "BUSINESS_PLUS", "dialtone.worker.lanes", "64")));
		List<Result> results = new ArrayList<>();
		for (Scenario scenario : scenarios) {
			if (scenario.hires() == 0) {
				continue;
			}
			Result result = run(scenario, jar);
			System.out.println(result.summary());
			results.add(result);
		}
		Files.writeString(report, Report.markdown(results));
		System.out.println("Wrote " + report.toAbsolutePath());
		System.exit(0);
	}

	/**
	 * The client's own limiter set far above anything reachable, so only the pipeline
	 * sets the pace.
	 */
	private static Map<String, Object> unlimitedWorker() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("dialtone.zoom.plan", "CUSTOM");
		properties.put("dialtone.worker.lanes", "128");
		properties.put("dialtone.worker.create-concurrency", "128");
		for (String family : List.of("standard", "phone")) {
			for (String category : List.of("light", "medium", "heavy", "resource-intensive-per-minute")) {
				properties.put("dialtone.zoom.custom-rates." + family + "." + category, "100000");
			}
		}
		return properties;
	}

	static Result run(Scenario scenario, Path jar) throws Exception {
		String prefix = "bench-" + System.currentTimeMillis();
		try (ZoomSimulator simulator = ZoomSimulator.start(scenario.seed());
				TestPipeline pipeline = TestPipeline.forPrefix(prefix)) {
			simulator.faults(scenario.faults());
			Map<String, Object> properties = new LinkedHashMap<>(WorkerTestSupport.properties(prefix, simulator));
			properties.putAll(scenario.workerProperties());
			properties.put("dialtone.worker.sites.BENCH.zoom-site-id", "site-bench");
			properties.put("dialtone.worker.sites.BENCH.extension-from", "100000");
			properties.put("dialtone.worker.sites.BENCH.extension-to", "999999");
			properties.put("server.port", System.getProperty("benchmark.workerPort", "0"));
			properties.put("logging.level.org.apache.kafka", "WARN");
			Path log = Path.of("target", prefix + "-worker.log");
			try (WorkerProcess worker = WorkerProcess.start(jar, properties, log)) {
				provision(pipeline, hires(prefix + "-w", scenario.warmup()));
				List<Counts> before = Counts.of(simulator);
				List<IdentityEvent> hires = hires(prefix, scenario.hires());
				Instant started = Instant.now();
				List<ProvisioningOutcome> outcomes = provision(pipeline, hires);
				Instant finished = hires.stream()
					.map((event) -> pipeline.arrival(event.getEventId()).orElseThrow())
					.max(Instant::compareTo)
					.orElseThrow();
				List<Counts> calls = Counts.delta(before, Counts.of(simulator));
				long ready = outcomes.stream()
					.filter((o) -> o.getFinalState() == FinalState.ACTIVE_PHONE_READY)
					.count();
				return new Result(scenario, Duration.between(started, finished), ready, latencies(outcomes), calls,
						worker.rssMiB());
			}
		}
	}

	private static List<IdentityEvent> hires(String prefix, int count) {
		List<IdentityEvent> events = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			events.add(Events.event(EventType.HIRE,
					Events.person(prefix + "-" + i, prefix + "." + i + "@corp.example").setSiteCode("BENCH").build()));
		}
		return events;
	}

	private static List<ProvisioningOutcome> provision(TestPipeline pipeline, List<IdentityEvent> events) {
		pipeline.publishAll(events);
		await().atMost(Duration.ofMinutes(10))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> pipeline.answered(events));
		return events.stream().map((event) -> pipeline.outcome(event.getEventId()).orElseThrow()).toList();
	}

	private static long[] latencies(List<ProvisioningOutcome> outcomes) {
		return outcomes.stream()
			.mapToLong((o) -> Duration.between(o.getEventOccurredAt(), o.getCompletedAt()).toMillis())
			.sorted()
			.toArray();
	}

}

package dev.dialtone.local.benchmark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.platform.RepositoryLayout;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The benchmark of issue 13 ({@code bin/benchmark}): hires through the whole pipeline —
 * the producer's HTTP API, the broker, N workers, the outcomes topic — against the Zoom
 * simulator enforcing the plan's limits with 100 ms latency, full phone setup. Writes
 * {@code provisioning-worker/BENCHMARK.md} (and {@code BENCHMARK.json}) after each
 * scenario, so a run cut short keeps what it measured.
 */
public final class FleetBenchmark {

	private FleetBenchmark() {
	}

	public static void main(String[] args) {
		SLF4JBridgeHandler.removeHandlersForRootLogger();
		SLF4JBridgeHandler.install();
		PrintStream out = System.out;
		try {
			BenchmarkSettings settings = BenchmarkSettings.parse(args);
			Path report = settings.report();
			Path logRoot = RepositoryLayout.root().resolve("dialtone-local/target/benchmark");
			LocalPlatform.shared();
			List<BenchResult> results = new ArrayList<>();
			for (BenchScenario scenario : settings.scenarios()) {
				out.println("Scenario " + scenario.id() + ": " + scenario.title());
				BenchResult result = ScenarioRunner.run(scenario, logRoot, out);
				out.printf("  %d of %d hires answered in %.1f s: %.1f hires/s, useful %.1f %%, p99 %d ms%n",
						result.answered(), result.submitted(), result.elapsedSeconds(), result.hiresPerSecond(),
						100 * result.calls().usefulShare(), result.latency().p99());
				results.add(result);
				BenchmarkReport.write(report, settings, results);
				out.println("  wrote " + report);
			}
			System.exit(0);
		}
		catch (RuntimeException ex) {
			System.err.println("Benchmark failed: " + ex.getMessage());
			ex.printStackTrace();
			System.exit(2);
		}
	}

}

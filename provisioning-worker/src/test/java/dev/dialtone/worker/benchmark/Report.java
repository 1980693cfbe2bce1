package dev.dialtone.worker.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Writes the benchmark figures as Markdown.
 */
final class Report {

	private Report() {
	}

	private static String loadAverage() {
		try {
			return String.join(" ", java.util.Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	static String markdown(List<Result> results) {
		StringBuilder md = new StringBuilder("# provisioning-worker benchmark\n\n");
		md.append("Generated ")
			.append(Instant.now())
			.append(" by `./mvnw -B -pl provisioning-worker -Pbenchmark verify`")
			.append(" on ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores. ")
			.append("Broker, registry and simulator run in the benchmark JVM; the worker runs from its exec jar in its ")
			.append("own JVM (-Xmx512m). Latency is event occurred-at → outcome completed-at; all N hires are published at ")
			.append("once, so it is mostly queueing behind the wave. Load average at the end: ")
			.append(loadAverage())
			.append(" (the machine is shared).\n\n");
		md.append("| scenario | hires | elapsed s | hires/s | p50 ms | p99 ms | Zoom calls/s | 429s | binding budget ")
			.append("| budget used | run ÷ (calls ÷ budget) | ready | worker RSS MiB (peak) |\n");
		md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		for (Result r : results) {
			md.append(String.format(
					"| %s | %d | %.1f | %.1f | %d | %d | %.0f | %d | %s %s (B+ %.0f/s) | %.0f%% | %.2f | %d | %d (%d) |%n",
					r.scenario().name(), r.scenario().hires(), r.seconds(), r.hiresPerSecond(), r.percentile(50),
					r.percentile(99), r.totalCalls() / r.seconds(), r.throttled(), r.binding().api(),
					r.binding().category(), r.binding().businessPlusRate(), r.bindingUtilisation() * 100,
					r.runVersusBudget(), r.ready(), r.rssMiB()[0], r.rssMiB()[1]));
		}
		md.append("\nCalls per family/category in the measured run:\n\n| scenario | api | category | calls | 429s |\n")
			.append("|---|---|---|---|---|\n");
		for (Result r : results) {
			r.calls()
				.stream()
				.filter((c) -> c.calls() > 0)
				.forEach((c) -> md.append(String.format("| %s | %s | %s | %d | %d |%n", r.scenario().name(), c.api(),
						c.category(), c.calls(), c.throttled())));
		}
		md.append(
				"\nFor the unlimited scenario the \"binding budget\" columns only show which Business+ budget the same ")
			.append("calls would have exhausted first.\n");
		return md.toString();
	}

}

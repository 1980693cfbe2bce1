package dev.dialtone.local.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.dialtone.local.benchmark.BenchResult.Failover;
import dev.dialtone.local.measure.OutcomeSeen;
import dev.dialtone.zoom.simulator.control.RequestLogEntry;

/**
 * What the seconds after a worker's kill were spent on, for whoever reads a slow
 * failover: the first outcomes of each partition that fell silent (with their steps and
 * durations) and Zoom's calls per second by endpoint. Written next to the services' logs.
 */
final class FailoverTrace {

	private static final Duration WINDOW = Duration.ofSeconds(60);

	private static final int FIRST_OUTCOMES = 5;

	private FailoverTrace() {
	}

	static void write(Path file, Failover failover, List<OutcomeSeen> outcomes, List<RequestLogEntry> requests) {
		Instant killed = failover.killedAt();
		List<String> lines = new ArrayList<>();
		lines.add("Kill at " + killed + "; silent partitions " + failover.slowPartitions());
		for (int partition : failover.slowPartitions().keySet()) {
			lines.add("");
			lines.add("partition " + partition + ": first outcomes after the kill (s after kill, latency ms, steps)");
			outcomes.stream()
				.filter((o) -> o.partition() == partition && o.completedAt().isAfter(killed))
				.sorted(Comparator.comparing(OutcomeSeen::completedAt))
				.limit(FIRST_OUTCOMES)
				.forEach((o) -> lines.add(String.format("  %.1f  %d  %s", seconds(killed, o.completedAt()),
						o.latencyMillis(), o.steps())));
		}
		lines.add("");
		lines.add(
				"Zoom calls per second after the kill, by endpoint (answers of 400 and above counted apart, by status)");
		Map<Long, Map<String, Integer>> perSecond = new TreeMap<>();
		for (RequestLogEntry request : requests) {
			long second = Duration.between(killed, request.timestamp()).toSeconds();
			if (request.timestamp().isBefore(killed) || second >= WINDOW.toSeconds()) {
				continue;
			}
			String key = request.method() + " " + request.endpoint()
					+ ((request.status() >= 400) ? " " + request.status() : "");
			perSecond.computeIfAbsent(second, (s) -> new TreeMap<>()).merge(key, 1, Integer::sum);
		}
		perSecond.forEach((second, calls) -> lines.add("  +" + second + " s " + calls));
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double seconds(Instant from, Instant to) {
		return Duration.between(from, to).toMillis() / 1000.0;
	}

}

package dev.dialtone.auditor.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.auditor.support.Auditors;
import dev.dialtone.auditor.support.TestTopics;
import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.auditor.sweep.AccountSweep.SweepResult;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seed.SeedUser;
import dev.dialtone.zoom.simulator.seed.SeedBuilder;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The account sweep over a simulated account of 10,000 users of whom 2,000 are pending
 * (1,000 on an unverified domain, 500 on an unlisted one, 300 owners of a personal
 * account, 200 made with action=create — the world of {@code DiagnoseBenchmark}), run by
 * a real auditor over the real embedded broker and registry, publishing its anomalies
 * (one Kafka transaction each): the Zoom calls and the time of a first sweep (2,000
 * raised) and of a second (nothing new), written with the load average to
 * {@code status-auditor/BENCHMARK-sweep.md}. A command, not a test:
 * <p>
 * {@code ./mvnw -B -q test-compile exec:java -pl status-auditor
 * -Dexec.mainClass=dev.dialtone.auditor.sweep.SweepBenchmark -Dexec.classpathScope=test}
 */
public final class SweepBenchmark {

	private SweepBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		SeedBuilder seed = Seed.builder();
		List<SeedUser> users = new ArrayList<>();
		add(users, 8000, "active", "corp.example", "ssoCreate");
		add(users, 1000, "unverified", "acquired.example", "ssoCreate");
		add(users, 500, "unlisted", "typo-corp.example", "ssoCreate");
		for (int i = 0; i < 300; i++) {
			seed.personalAccount("personal" + i + "@corp.example");
			users.add(new SeedUser("personal" + i + "@corp.example", "P", "N", "ssoCreate", false, null));
		}
		add(users, 200, "invited", "corp.example", "create");
		TestTopics topics = new TestTopics("sweep-benchmark-" + System.currentTimeMillis());
		try (ZoomSimulator sim = ZoomSimulator.start(seed.users(users).build());
				ConfigurableApplicationContext auditor = Auditors.start(topics, sim,
						Map.of("dialtone.auditor.sweep.enabled", "false", "dialtone.auditor.drift.first-check", "1h",
								"logging.level.root", "WARN"))) {
			Ownership ownership = auditor.getBean(Ownership.class);
			awaitOwnsEverything(ownership);
			AccountSweep sweep = auditor.getBean(AccountSweep.class);
			sim.clearRequestLog();
			Instant start = Instant.now();
			SweepResult first = sweep.run("benchmark");
			Duration firstTook = Duration.between(start, Instant.now());
			long simulatorCalls = sim.requestLog().stream().filter((e) -> e.path().startsWith("/v2/")).count();
			String loadFirst = loadAverage();
			Map<String, Integer> byCause = new TreeMap<>();
			List<Object> published = TopicProbe.readAll(topics.anomalies()).stream().map((r) -> r.value()).toList();
			published.stream()
				.filter(PendingAnomaly.class::isInstance)
				.map((v) -> String.valueOf(((PendingAnomaly) v).getCause()))
				.forEach((cause) -> byCause.merge(cause, 1, Integer::sum));
			start = Instant.now();
			SweepResult second = sweep.run("benchmark, again");
			Duration secondTook = Duration.between(start, Instant.now());
			String result = String.format("# Account sweep benchmark%n%n"
					+ "`SweepBenchmark` (status-auditor test scope), %s. A real auditor (Spring Boot, its own Zoom"
					+ " client at the default share and plan) over the embedded KRaft broker and schema registry;"
					+ " the Zoom simulator in the same JVM. Account: 10,000 users, 2,000 pending (1,000 on an"
					+ " unverified domain, 500 on an unlisted one, 300 owners of a personal account, 200 made with"
					+ " action=create).%n%n"
					+ "| sweep | pending read | anomalies raised | resolved | Zoom requests | wall time |%n"
					+ "|---|---|---|---|---|---|%n"
					+ "| first | %d | %d | %d | %d (simulator log: %d to /v2) | %d ms |%n"
					+ "| second (nothing new) | %d | %d | %d | %d | %d ms |%n%n"
					+ "Published on `pending-anomalies` after the first sweep: %d records, by cause %s (one Kafka"
					+ " transaction each, with the per-cause route).%n%n"
					+ "Load average after the first sweep: %s; after the second: %s (2-core machine shared with"
					+ " other builds).%n", Instant.now(), first.pending(), first.opened(), first.resolved(),
					first.zoomRequests(), simulatorCalls, firstTook.toMillis(), second.pending(), second.opened(),
					second.resolved(), second.zoomRequests(), secondTook.toMillis(), published.size(), byCause,
					loadFirst, loadAverage());
			// exec:java runs in the reactor's root when started from there
			Path module = Files.isDirectory(Path.of("status-auditor")) ? Path.of("status-auditor") : Path.of(".");
			Files.writeString(module.resolve("BENCHMARK-sweep.md"), result);
			System.out.print(result);
		}
		System.exit(0);
	}

	private static void awaitOwnsEverything(Ownership ownership) throws InterruptedException {
		Instant until = Instant.now().plusSeconds(180);
		while (!IntStream.range(0, 100).allMatch((i) -> ownership.owns("zoom-user:" + i))) {
			if (Instant.now().isAfter(until)) {
				throw new IllegalStateException("the auditor was never assigned its partitions");
			}
			Thread.sleep(200);
		}
	}

	private static String loadAverage() throws IOException {
		return Files.readString(Path.of("/proc/loadavg")).strip();
	}

	private static void add(List<SeedUser> users, int count, String prefix, String domain, String action) {
		for (int i = 0; i < count; i++) {
			users.add(new SeedUser(prefix + i + "@" + domain, "P", "N" + i, action, false, null));
		}
	}

}

package dev.dialtone.local.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.dialtone.local.measure.LoadSampler;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the benchmark's results: a Markdown report for people and the same figures as
 * JSON beside it ({@code BENCHMARK.json}) for tools.
 */
final class BenchmarkReport {

	/**
	 * The calls per hire before issue 13's work, as the issue measured them (fixed text:
	 * that code no longer exists to be measured).
	 */
	private static final String BEFORE = """


			Before (as measured when issue 13 was filed: 1 worker, 2,000 hires, Business+): about 8 calls per hire, \
			all Light — `GET /users/email`, `POST /users`, `GET /users/{userId}`, `PATCH /users/{userId}` (4.0 Users \
			Light), `GET /phone/users/{userId}`, `PATCH /phone/users/{userId}` (extension), \
			`POST /phone/users/{userId}/calling_plans`, `POST /phone/users/{userId}/phone_numbers` (4.1 Phone Light); \
			with 3 workers 6.0 Phone Light, a third of them answered "taken". Now: ssoCreate and the profile PATCH on \
			Users Light, the status from the settings read on Users Medium, a tenth of a batch add on Phone Medium; no \
			email pre-check (ssoCreate's 409/1005 answers it), no phone-profile read of a user created a moment ago.""";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private BenchmarkReport() {
	}

	static void write(Path file, BenchmarkSettings settings, List<BenchResult> results) {
		try {
			Files.writeString(file, markdown(settings, results));
			Files.writeString(file.resolveSibling(file.getFileName().toString().replaceAll("\\.md$", "") + ".json"),
					JSON.writeValueAsString(results));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String markdown(BenchmarkSettings settings, List<BenchResult> results) {
		StringBuilder md = new StringBuilder();
		md.append("# Benchmark: the fleet through the real pipeline\n\n");
		md.append(String.format(Locale.ROOT,
				"Written %s by `bin/benchmark%s` on %d cores; load average when written: %s (the machine is shared "
						+ "with other builds; each row gives the load during its run).%n%n",
				Instant.now().truncatedTo(ChronoUnit.SECONDS),
				settings.args().isEmpty() ? "" : " " + settings.args().replace("|", "/"),
				Runtime.getRuntime().availableProcessors(), LoadSampler.loadavg()));
		if (settings.note() != null) {
			md.append("**").append(settings.note()).append("**\n\n");
		}
		md.append("""
				Each scenario starts its own stack on the shared single broker: the Zoom simulator (plan limits \
				enforced, 100 ms latency on every Zoom call), one producer, N workers and one auditor, each \
				service its own JVM from its executable jar with the long-running JVM settings \
				(`JvmProfile.SERVICE`: C2, G1, worker heap 256 MB). 30 warm-up hires go first and are not \
				counted; then the hires are POSTed to the producer's `/api/v1/events/batch` (bearer token of \
				the `demo` source, 100 per request, all at once) with the full phone setup (extension, calling \
				plan and number `allocate`). Rate = answered hires ÷ (first POST → last outcome's `completedAt`). \
				Latency = the event's `occurredAt` (set when the HR client sends it) → `completedAt`; in bulk \
				runs it is mostly queueing behind the wave. Zoom calls come from the simulator's request log: \
				useful = not 429, not "taken" (4xx other than 404 on a Zoom Phone write), not 5xx. Held twice \
				and duplicate users come from the simulator's end state. RSS per worker: the highest VmRSS \
				sampled every 2 s / VmHWM, in MiB.

				""");
		md.append("| scenario | hires | answered | elapsed s | **hires/s** | Zoom calls | useful | 429s | taken "
				+ "| numbers / extensions held twice | duplicate users | latency p50 / p95 / p99 ms "
				+ "| worker RSS MiB (sampled max / VmHWM) | load avg during run |\n");
		md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		for (BenchResult r : results) {
			md.append(String.format(Locale.ROOT,
					"| %s | %d | %d%s | %.1f | **%.1f** | %d | %.1f %% | %d (%.2f %%) | %d | %d / %d | %d | %d / %d / %d | %s | %s |%n",
					r.scenario().title(), r.submitted(), r.answered(), r.complete() ? "" : " (incomplete)",
					r.elapsedSeconds(), r.hiresPerSecond(), r.calls().total(), 100 * r.calls().usefulShare(),
					r.calls().throttled(), 100 * r.calls().throttledShare(), r.calls().taken(),
					r.holdings().numbersHeldTwice(), r.holdings().extensionsHeldTwice(), r.holdings().duplicateUsers(),
					r.latency().p50(), r.latency().p95(), r.latency().p99(),
					r.workerRss()
						.stream()
						.map((rss) -> rss.currentMiB() + "/" + rss.peakMiB())
						.collect(Collectors.joining(", ")),
					r.load()));
		}
		md.append("\nFinal states: ");
		md.append(results.stream()
			.map((r) -> r.scenario().id() + " " + r.finalStates())
			.collect(Collectors.joining("; ")));
		md.append("\n\n## Zoom calls per hire, by endpoint\n\n");
		Set<String> endpoints = new TreeSet<>();
		results.forEach((r) -> endpoints.addAll(r.calls().byEndpoint().keySet()));
		md.append("| endpoint | ")
			.append(results.stream().map((r) -> r.scenario().id()).collect(Collectors.joining(" | ")))
			.append(" |\n|---|")
			.append("---|".repeat(results.size()))
			.append("\n");
		for (String endpoint : endpoints) {
			md.append("| `").append(endpoint).append("` |");
			for (BenchResult r : results) {
				long calls = r.calls().byEndpoint().getOrDefault(endpoint, 0L);
				md.append(String.format(Locale.ROOT, " %.2f |", perHire(calls, r)));
			}
			md.append("\n");
		}
		md.append("| **all** |");
		results.forEach((r) -> md.append(String.format(Locale.ROOT, " **%.2f** |", perHire(r.calls().total(), r))));
		md.append(BEFORE);
		md.append("\n\n## Rate categories (calls/s against the plan's limit)\n\n");
		md.append("| scenario | category | calls | calls/s | limit/s | used | 429s | binding |\n");
		md.append("|---|---|---|---|---|---|---|---|\n");
		for (BenchResult r : results) {
			BenchResult.CategoryUse binding = r.binding();
			for (BenchResult.CategoryUse c : r.categories()) {
				md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %s | %s | %d | %s |%n", r.scenario().id(),
						c.label(), c.calls(), c.perSecond(),
						(c.limitPerSecond() > 0) ? Integer.toString(c.limitPerSecond()) : "–",
						(c.limitPerSecond() > 0) ? String.format(Locale.ROOT, "%.0f %%", 100 * c.used()) : "–",
						c.throttled(), (c == binding) ? "**binding**" : ""));
			}
		}
		failover(md, results);
		TargetTable.append(md, results);
		return md.toString();
	}

	private static void failover(StringBuilder md, List<BenchResult> results) {
		List<BenchResult> kills = results.stream().filter((r) -> r.failover() != null).toList();
		if (kills.isEmpty()) {
			return;
		}
		md.append("\n## Failover: one of 3 workers killed with SIGKILL at 30 %\n\n");
		md.append("Measured from the outcomes: for each identity partition (= outcomes partition, same key and "
				+ "count), the first outcome completed after the kill. Partitions silent for more than 3 s are the "
				+ "killed worker's (and any a rebalance held up).\n\n");
		md.append("| scenario | killed at | exit value | partitions processing again after | silent partitions (s) "
				+ "| run's rate hires/s |\n|---|---|---|---|---|---|\n");
		for (BenchResult r : kills) {
			BenchResult.Failover f = r.failover();
			md.append(String.format(Locale.ROOT, "| %s | %.1f s (%d outcomes) | %d | **%.1f s** | %s | %.1f |%n",
					r.scenario().id(), f.killedAtSeconds(), f.killedAtAnswered(), f.exitValue(),
					f.secondsUntilAllPartitions(),
					f.slowPartitions()
						.entrySet()
						.stream()
						.map((e) -> String.format(Locale.ROOT, "p%d %.1f", e.getKey(), e.getValue()))
						.collect(Collectors.joining(", ")),
					r.hiresPerSecond()));
		}
	}

	static double perHire(long calls, BenchResult r) {
		return (r.answered() == 0) ? 0 : (double) calls / r.answered();
	}

}

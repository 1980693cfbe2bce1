package dev.dialtone.local.benchmark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import dev.dialtone.local.JvmProfile;
import dev.dialtone.local.LocalStack;
import dev.dialtone.local.Rss;
import dev.dialtone.local.ServiceProcess;
import dev.dialtone.local.StackOptions;
import dev.dialtone.local.benchmark.BenchResult.CategoryUse;
import dev.dialtone.local.benchmark.BenchResult.Failover;
import dev.dialtone.local.measure.Hires;
import dev.dialtone.local.measure.Holdings;
import dev.dialtone.local.measure.HrClient;
import dev.dialtone.local.measure.LoadSampler;
import dev.dialtone.local.measure.MeasuredWorld;
import dev.dialtone.local.measure.OutcomeSeen;
import dev.dialtone.local.measure.OutcomeWatch;
import dev.dialtone.local.measure.Percentiles;
import dev.dialtone.local.measure.ZoomCalls;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.faults.FaultSpec;
import dev.dialtone.zoom.simulator.seed.Seed;

/**
 * Runs one scenario on a stack of its own (simulator, producer, N workers, auditor on the
 * shared broker): a warm-up, then the measured hires through the producer's HTTP API, and
 * collects the figures from the outcomes topic and the simulator.
 */
final class ScenarioRunner {

	static final long ZOOM_LATENCY_MS = 100;

	private static final int WARMUP = 30;

	private static final int BATCH = 100;

	private static final double KILL_AT = 0.3;

	private final BenchScenario scenario;

	private final PrintStream out;

	private final Map<String, Boolean> accepted = new ConcurrentHashMap<>();

	private ScenarioRunner(BenchScenario scenario, PrintStream out) {
		this.scenario = scenario;
		this.out = out;
	}

	static BenchResult run(BenchScenario scenario, Path logRoot, PrintStream out) {
		return new ScenarioRunner(scenario, out).run(logRoot);
	}

	private BenchResult run(Path logRoot) {
		String prefix = "fb" + this.scenario.id() + "-" + Long.toString(System.currentTimeMillis(), 36);
		Seed seed = MeasuredWorld.seed(this.scenario.plan(), this.scenario.hires() + WARMUP, null);
		StackOptions options = MeasuredWorld.options()
			.withInstances(this.scenario.workers(), 1, 1)
			.withJvm(JvmProfile.SERVICE);
		Instant starting = Instant.now();
		try (LocalStack stack = LocalStack.start(seed, logRoot.resolve(this.scenario.id()), options);
				OutcomeWatch watch = OutcomeWatch.start(stack.platform().bootstrapServers(),
						stack.platform().registryUrl(), prefix, Set.of());
				OutcomeWatch warmWatch = OutcomeWatch.start(stack.platform().bootstrapServers(),
						stack.platform().registryUrl(), prefix + "w", Set.of())) {
			this.out.printf("  stack up in %.0f s%n", seconds(starting, Instant.now()));
			ZoomSimulator zoom = ZoomSimulator.attach(stack.simulator().url());
			zoom.faults(Map.of("*", FaultSpec.latency(ZOOM_LATENCY_MS)));
			HrClient hr = new HrClient(stack.producers().stream().map(ServiceProcess::url).toList(),
					LocalStack.PRODUCER_TOKEN);
			warmUp(hr, new Hires(prefix + "w", MeasuredWorld.SITE_CODE, MeasuredWorld.CALLING_PLAN), warmWatch);
			zoom.clearRequestLog();
			MeasuredWorld.clearRateLimitCounts(stack.simulator().url());
			List<ServiceProcess> workers = stack.workers();
			List<Rss> peaks = new ArrayList<>(workers.stream().map((w) -> new Rss(0, 0)).toList());
			Hires hires = new Hires(prefix, MeasuredWorld.SITE_CODE, MeasuredWorld.CALLING_PLAN);
			Instant start;
			Failover failover = null;
			String loadAtStart;
			String load;
			try (LoadSampler sampler = LoadSampler.start(() -> samplePeaks(workers, peaks))) {
				loadAtStart = sampler.atStart();
				start = Instant.now();
				failover = (this.scenario.mode() == BenchScenario.Mode.TRICKLE) ? trickle(hr, hires, watch)
						: bulk(hr, hires, watch, workers, start);
				if (failover != null) {
					FailoverTrace.write(logRoot.resolve(this.scenario.id()).resolve("failover-trace.txt"), failover,
							watch.everyOutcome(), zoom.requestLog());
				}
				load = sampler.summary();
			}
			Map<String, OutcomeSeen> outcomes = answeredOutcomes(watch);
			Instant last = outcomes.values()
				.stream()
				.map(OutcomeSeen::completedAt)
				.max(Instant::compareTo)
				.orElse(Instant.now());
			double elapsed = seconds(start, last);
			printFinishSpread(outcomes, start);
			ZoomCalls calls = ZoomCalls.of(zoom.requestLog());
			Holdings holdings = Holdings.of(zoom.users(), prefix.toLowerCase() + ".");
			Map<String, Long> states = new TreeMap<>();
			outcomes.values().forEach((o) -> states.merge(o.finalState().name(), 1L, Long::sum));
			List<Long> latencies = outcomes.values().stream().map(OutcomeSeen::latencyMillis).toList();
			for (int i = 0; i < workers.size(); i++) {
				peaks.set(i, peaks.get(i).max(new Rss(0, workers.get(i).rss().peakMiB())));
			}
			return new BenchResult(this.scenario, this.accepted.size(), outcomes.size(), elapsed, calls,
					categories(zoom, elapsed), holdings, Percentiles.of(latencies), peaks, load, loadAtStart, states,
					failover);
		}
	}

	private void warmUp(HrClient hr, Hires warm, OutcomeWatch warmWatch) {
		Set<String> ids = Set.copyOf(hr.submit(warm.hires(0, WARMUP, "corp.example")));
		Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
		while (warmWatch.answered(ids) < ids.size() && Instant.now().isBefore(deadline)) {
			pause(200);
		}
	}

	private Failover bulk(HrClient hr, Hires hires, OutcomeWatch watch, List<ServiceProcess> workers, Instant start) {
		int total = this.scenario.hires();
		CompletableFuture<Void> submitting = CompletableFuture.runAsync(() -> {
			for (int from = 0; from < total; from += BATCH) {
				hr.submit(hires.hires(from, Math.min(BATCH, total - from), "corp.example"))
					.forEach((id) -> this.accepted.put(id, true));
			}
		});
		Instant deadline = start.plus(Duration.ofSeconds(Math.max(600, total / 3)));
		Instant killedAt = null;
		long killedAtAnswered = 0;
		int exitValue = 0;
		while (Instant.now().isBefore(deadline)) {
			long answered = watch.answered(this.accepted.keySet());
			if (this.scenario.mode() == BenchScenario.Mode.KILL && killedAt == null && answered >= total * KILL_AT) {
				ServiceProcess victim = workers.get(workers.size() - 1);
				killedAt = Instant.now();
				killedAtAnswered = answered;
				exitValue = victim.kill();
				this.out.printf("  killed %s (pid %d, exit %d) at %d outcomes%n", victim.name(), victim.pid(),
						exitValue, answered);
			}
			if (submitting.isDone() && answered >= this.accepted.size()) {
				break;
			}
			pause(100);
		}
		submitting.join();
		return (killedAt == null) ? null : failover(watch, start, killedAt, killedAtAnswered, exitValue);
	}

	private Failover failover(OutcomeWatch watch, Instant start, Instant killedAt, long killedAtAnswered,
			int exitValue) {
		Map<Integer, Instant> firstAfterKill = new TreeMap<>();
		Set<Integer> partitions = new TreeSet<>();
		for (OutcomeSeen seen : watch.everyOutcome()) {
			partitions.add(seen.partition());
			if (seen.completedAt().isAfter(killedAt)) {
				firstAfterKill.merge(seen.partition(), seen.completedAt(), (a, b) -> a.isBefore(b) ? a : b);
			}
		}
		Map<Integer, Double> slow = new TreeMap<>();
		double worst = 0;
		for (int partition : partitions) {
			Instant first = firstAfterKill.get(partition);
			double gap = (first != null) ? seconds(killedAt, first) : Double.POSITIVE_INFINITY;
			worst = Math.max(worst, gap);
			if (gap > 3) {
				slow.put(partition, gap);
			}
		}
		return new Failover(seconds(start, killedAt), killedAtAnswered, worst, slow, exitValue, killedAt);
	}

	private Failover trickle(HrClient hr, Hires hires, OutcomeWatch watch) {
		long periodNanos = 1_000_000_000L / BenchScenario.TRICKLE_PER_SECOND;
		long startNanos = System.nanoTime();
		for (int i = 0; i < this.scenario.hires(); i++) {
			long due = startNanos + i * periodNanos;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				pause(wait / 1_000_000);
			}
			hr.submit(List.of(hires.hire(i, "corp.example"))).forEach((id) -> this.accepted.put(id, true));
		}
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (watch.answered(this.accepted.keySet()) < this.accepted.size() && Instant.now().isBefore(deadline)) {
			pause(100);
		}
		return null;
	}

	/**
	 * When each partition's last outcome came, for reading a slow end of a run: a spread
	 * much wider with several workers than with one would point at budget left idle by
	 * the instances that finished first.
	 */
	private void printFinishSpread(Map<String, OutcomeSeen> outcomes, Instant start) {
		Map<Integer, Instant> lastByPartition = new TreeMap<>();
		outcomes.values()
			.forEach((o) -> lastByPartition.merge(o.partition(), o.completedAt(), (a, b) -> a.isAfter(b) ? a : b));
		StringBuilder line = new StringBuilder("  last outcome per partition (s from start):");
		lastByPartition.forEach((p, at) -> line.append(String.format(" p%d %.1f", p, seconds(start, at))));
		this.out.println(line);
	}

	private Map<String, OutcomeSeen> answeredOutcomes(OutcomeWatch watch) {
		Map<String, OutcomeSeen> all = watch.firstOutcomes();
		Map<String, OutcomeSeen> ours = new ConcurrentHashMap<>();
		this.accepted.keySet().forEach((id) -> {
			OutcomeSeen seen = all.get(id);
			if (seen != null) {
				ours.put(id, seen);
			}
		});
		return ours;
	}

	private List<CategoryUse> categories(ZoomSimulator zoom, double elapsed) {
		return zoom.rateLimitCounts()
			.stream()
			.filter((c) -> c.calls() > 0)
			.map((c) -> new CategoryUse(c.api(), c.category(), c.calls(), c.throttled(),
					(elapsed > 0) ? c.calls() / elapsed : 0,
					PlanRates.perSecond(this.scenario.plan(), c.api(), c.category())))
			.toList();
	}

	private static void samplePeaks(List<ServiceProcess> workers, List<Rss> peaks) {
		synchronized (peaks) {
			for (int i = 0; i < workers.size(); i++) {
				ServiceProcess worker = workers.get(i);
				if (worker.isAlive()) {
					peaks.set(i, peaks.get(i).max(worker.rss()));
				}
			}
		}
	}

	static double seconds(Instant from, Instant to) {
		return Duration.between(from, to).toMillis() / 1000.0;
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

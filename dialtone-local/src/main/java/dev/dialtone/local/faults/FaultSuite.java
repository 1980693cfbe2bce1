package dev.dialtone.local.faults;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.dialtone.local.LocalStack;
import dev.dialtone.local.ServiceProcess;
import dev.dialtone.local.StackOptions;
import dev.dialtone.local.measure.Hires;
import dev.dialtone.local.measure.Holdings;
import dev.dialtone.local.measure.HrClient;
import dev.dialtone.local.measure.LoadSampler;
import dev.dialtone.local.measure.MeasuredWorld;
import dev.dialtone.local.measure.OutcomeSeen;
import dev.dialtone.local.measure.OutcomeWatch;
import dev.dialtone.local.measure.ZoomCalls;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14's fault suite: on the three-broker platform with 3 workers, 2 auditors and 2
 * producers, hires sent at an HR client's pace while Zoom answers 5 % 5xx, bursts of 429
 * and timeouts, and while a worker, an auditor and a producer are killed (SIGKILL) and
 * started again, and the broker leading the most identity partitions stops and starts
 * again. Then counts, from the topics and the simulator, whether anything was lost or
 * done twice.
 */
public final class FaultSuite {

	private final FaultSuiteSettings settings;

	private final PrintStream out;

	private final Map<String, Boolean> accepted = new ConcurrentHashMap<>();

	private final List<String> notes = new CopyOnWriteArrayList<>();

	private FaultSuite(FaultSuiteSettings settings, PrintStream out) {
		this.settings = settings;
		this.out = out;
	}

	/**
	 * Runs the suite, logs of each service under {@code logDir}, progress to {@code out}.
	 */
	public static FaultFindings run(FaultSuiteSettings settings, Path logDir, PrintStream out) {
		return new FaultSuite(settings, out).run(logDir);
	}

	private FaultFindings run(Path logDir) {
		String run = Long.toString(System.currentTimeMillis(), 36);
		String prefix = "fs" + run;
		String lapsedDomain = "lapsed-" + run + ".example";
		StackOptions options = MeasuredWorld.options()
			.onReplicatedPlatform()
			.withInstances(3, 2, 2)
			.withJvm(this.settings.jvm());
		Instant starting = Instant.now();
		try (LocalStack stack = LocalStack
			.start(MeasuredWorld.seed("BUSINESS_PLUS", this.settings.hires(), lapsedDomain), logDir, options);
				OutcomeWatch watch = OutcomeWatch.start(stack.platform().bootstrapServers(),
						stack.platform().registryUrl(), prefix, Set.of(lapsedDomain))) {
			note("stack up in %.0f s (3 brokers, 3 workers, 2 auditors, 2 producers)", since(starting));
			ZoomSimulator zoom = ZoomSimulator.attach(stack.simulator().url());
			ZoomFaults zoomFaults = ZoomFaults.start(zoom, this.settings.burst429Every());
			HrClient hr = new HrClient(stack.producers().stream().map(ServiceProcess::url).toList(),
					LocalStack.PRODUCER_TOKEN);
			Instant start = Instant.now();
			FaultSchedule schedule;
			String load;
			try (LoadSampler sampler = LoadSampler.start()) {
				schedule = FaultSchedule.start(stack, this.settings, start, this::note);
				submit(hr, new Hires(prefix, MeasuredWorld.SITE_CODE, MeasuredWorld.CALLING_PLAN), lapsedDomain);
				note("all %d hires submitted at %.0f s", this.accepted.size(), since(start));
				awaitOutcomes(watch, this.settings.deadline());
				schedule.awaitDone(Duration.ofMinutes(5));
				zoomFaults.close();
				awaitAnomalies(watch, Duration.ofSeconds(90));
				load = sampler.summary();
			}
			return findings(watch, zoom, hr, schedule, start, prefix, lapsedDomain, load);
		}
	}

	private void submit(HrClient hr, Hires hires, String lapsedDomain) {
		int batch = Math.max(1, this.settings.hiresPerSecond() / 2);
		long periodNanos = 1_000_000_000L * batch / this.settings.hiresPerSecond();
		long t0 = System.nanoTime();
		for (int from = 0, round = 0; from < this.settings.hires(); from += batch, round++) {
			long wait = t0 + round * periodNanos - System.nanoTime();
			if (wait > 0) {
				pause(wait / 1_000_000);
			}
			List<JsonNode> events = new ArrayList<>();
			for (int i = from; i < Math.min(this.settings.hires(), from + batch); i++) {
				boolean pending = (i % this.settings.pendingEvery()) == this.settings.pendingEvery() - 1;
				events.add(hires.hire(i, pending ? lapsedDomain : "corp.example"));
			}
			hr.submit(events).forEach((id) -> this.accepted.put(id, true));
		}
	}

	private void awaitOutcomes(OutcomeWatch watch, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (watch.answered(this.accepted.keySet()) < this.accepted.size() && Instant.now().isBefore(deadline)) {
			pause(250);
		}
	}

	private void awaitAnomalies(OutcomeWatch watch, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			Map<String, Set<String>> anomalies = watch.anomalyIds();
			boolean all = pendingEmployees(watch).stream().allMatch(anomalies::containsKey);
			if (all) {
				return;
			}
			pause(500);
		}
	}

	private Set<String> pendingEmployees(OutcomeWatch watch) {
		Set<String> pending = new HashSet<>();
		watch.firstOutcomes().forEach((id, seen) -> {
			if (this.accepted.containsKey(id) && seen.finalState().name().equals("PENDING")) {
				pending.add(seen.employeeId());
			}
		});
		return pending;
	}

	private FaultFindings findings(OutcomeWatch watch, ZoomSimulator zoom, HrClient hr, FaultSchedule schedule,
			Instant start, String prefix, String lapsedDomain, String load) {
		Map<String, OutcomeSeen> first = watch.firstOutcomes();
		List<Instant> completions = new ArrayList<>();
		Map<String, Long> states = new TreeMap<>();
		Map<String, Long> reasons = new TreeMap<>();
		long terminal = 0;
		for (String id : this.accepted.keySet()) {
			OutcomeSeen seen = first.get(id);
			if (seen != null) {
				terminal++;
				completions.add(seen.completedAt());
				states.merge(seen.finalState().name(), 1L, Long::sum);
				if (seen.failureReason() != null) {
					// numbers and ids vary per person: group by the wording
					reasons.merge(
							seen.finalState() + ": "
									+ seen.failureReason().replaceAll("[0-9a-zA-Z_.+-]*[0-9][0-9a-zA-Z_.+-]*", "#"),
							1L, Long::sum);
				}
			}
		}
		long records = watch.everyOutcome().stream().filter((o) -> this.accepted.containsKey(o.eventId())).count();
		Set<String> pending = pendingEmployees(watch);
		Map<String, Set<String>> anomalies = watch.anomalyIds();
		long lost = pending.stream().filter((e) -> !anomalies.containsKey(e)).count();
		long doubled = pending.stream().filter((e) -> anomalies.getOrDefault(e, Set.of()).size() > 1).count();
		Map<String, Long> identity = watch.identityRecords();
		long twice = this.accepted.keySet().stream().filter((id) -> identity.getOrDefault(id, 0L) > 1).count();
		List<Recovery> recoveries = schedule.faults()
			.stream()
			.map((f) -> Recovery.of(f.name(), start, f.at(), completions))
			.toList();
		Instant last = completions.stream().max(Instant::compareTo).orElse(Instant.now());
		long pendingExpected = (this.settings.hires() + 1) / this.settings.pendingEvery();
		return new FaultFindings(this.accepted.size(), terminal, states,
				Holdings.of(zoom.users(), prefix.toLowerCase() + "."), pendingExpected, pending.size(), lost, doubled,
				watch.incidentIds().getOrDefault(lapsedDomain, Set.of()).size(), twice, records - terminal,
				watch.deadLetters(), hr.serviceUnavailable(), hr.unreachable(), recoveries,
				ZoomCalls.of(zoom.requestLog()), Duration.between(start, last).toMillis() / 1000.0, load,
				List.copyOf(this.notes), schedule.exitValues(), commonest(reasons, 8));
	}

	private static Map<String, Long> commonest(Map<String, Long> counts, int limit) {
		Map<String, Long> top = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(limit)
			.forEach((e) -> top.put(e.getKey(), e.getValue()));
		return top;
	}

	private void note(String format, Object... args) {
		String line = String.format(format, args);
		this.notes.add(line);
		this.out.println("  " + line);
	}

	private static double since(Instant from) {
		return Duration.between(from, Instant.now()).toMillis() / 1000.0;
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

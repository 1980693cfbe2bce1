package dev.dialtone.local.faults;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import dev.dialtone.local.measure.LoadSampler;

/** {@code FAULTS.md}: the fault suite's figures, the zeros first. */
final class FaultsReport {

	private FaultsReport() {
	}

	static String markdown(String command, FaultSuiteSettings settings, FaultFindings f) {
		StringBuilder md = new StringBuilder();
		md.append("# Fault suite\n\n");
		md.append(fmt("Written %s by `%s` on %d cores; load average when written: %s, during the run %s.%n%n",
				Instant.now().truncatedTo(ChronoUnit.SECONDS), command, Runtime.getRuntime().availableProcessors(),
				LoadSampler.loadavg(), f.load()));
		md.append(fmt("""
				Three brokers (KRaft, replication factor 3, `min.insync.replicas` 2), 3 workers, 2 auditors, 2 \
				producers, each service its own JVM (%s settings). %,d hires sent at %d/s by an HR client that \
				spreads its batches over both producers and retries a 503 or a refused connection with the same \
				event ids; every %dth hire is on an unverified domain (pending → anomaly, one incident). Zoom \
				(the simulator, Business+ limits) adds 100 ms to every call, answers %.0f %% of calls 503 and \
				%.0f %% with a 3 s hang and 504, and every %d s every call 429 for %d ms. Faults, from the first \
				submission: kill -9 a worker at %d s (started again %d s later), an auditor at %d s (+%d s), a \
				producer at %d s (+%d s); the broker leading the most identity partitions stopped at %d s \
				(+%d s).%n%n""", settings.jvm(), settings.hires(), settings.hiresPerSecond(), settings.pendingEvery(),
				100 * ZoomFaults.ERROR_RATE, 100 * ZoomFaults.TIMEOUT_RATE, settings.burst429Every().toSeconds(),
				ZoomFaults.WINDOW_429_MS, settings.workerKillAt().toSeconds(), settings.workerDownFor().toSeconds(),
				settings.auditorKillAt().toSeconds(), settings.auditorDownFor().toSeconds(),
				settings.producerKillAt().toSeconds(), settings.producerDownFor().toSeconds(),
				settings.brokerStopAt().toSeconds(), settings.brokerDownFor().toSeconds()));
		md.append("| figure | result | required |\n|---|---|---|\n");
		row(md, "accepted events → terminal outcomes",
				fmt("%,d → %,d (%.2f %%)", f.accepted(), f.terminal(), 100 * f.terminalShare()), "100 %");
		row(md, "duplicate Zoom users", Long.toString(f.holdings().duplicateUsers()), "0");
		row(md, "numbers / extensions held twice",
				f.holdings().numbersHeldTwice() + " / " + f.holdings().extensionsHeldTwice(), "0 / 0");
		row(md, "anomalies lost / doubled", fmt("%d / %d (of %d pending outcomes, %d pending hires sent)",
				f.anomaliesLost(), f.anomaliesDoubled(), f.pendingOutcomes(), f.pendingExpected()), "0 / 0");
		row(md, "incidents doubled",
				fmt("%d (%d incident(s) for the unverified domain)", f.incidentsDoubled(), f.incidents()), "0");
		row(md, "503s the producers answered", Long.toString(f.serviceUnavailable()),
				"only while fewer than 2 replicas were reachable");
		row(md, "requests that found a producer down (retried on the other)", Long.toString(f.unreachable()), "–");
		row(md, "events published twice on the identity topic", Long.toString(f.eventsPublishedTwice()),
				"few: a producer killed between the broker's ack and its shared id record; the worker's second pass "
						+ "changes nothing (duplicate Zoom users above)");
		row(md, "outcome records beyond the first per event (re-processing after a kill)",
				Long.toString(f.outcomeRedeliveries()), "harmless (idempotent worker)");
		row(md, "identity events dead-lettered", Long.toString(f.deadLetters()), "–");
		row(md, "final states", f.finalStates().toString(), "–");
		row(md, "commonest reasons of those not done", f.failureReasons().toString().replace("|", "/"), "–");
		row(md, "users with a number", fmt("%,d of %,d", f.holdings().withNumber(), f.holdings().users()), "–");
		row(md, "run", fmt("%.0f s, %.1f outcomes/s", f.elapsedSeconds(),
				(f.elapsedSeconds() > 0) ? f.terminal() / f.elapsedSeconds() : 0), "–");
		row(md, "Zoom calls", fmt("%,d: %,d answered 5xx or dropped, %,d 429, %,d \"taken\"", f.calls().total(),
				f.calls().failed(), f.calls().throttled(), f.calls().taken()), "–");
		md.append("\n## Throughput around each fault\n\n");
		md.append("Outcomes per second from the outcomes' completion times: baseline = the 20 s before; back = the "
				+ "first 5 s window from the fault on at ≥ 80 % of the baseline (0 s: it never dropped).\n\n");
		md.append("| at | fault | baseline /s | lowest 5 s rate in the next minute /s | back after |\n");
		md.append("|---|---|---|---|---|\n");
		for (Recovery r : f.recoveries()) {
			md.append(fmt("| %.0f s | %s | %.1f | %.1f | %s |%n", r.atSeconds(), r.fault(), r.baselinePerSecond(),
					r.lowestPerSecond(),
					(r.secondsUntilBack() < 0) ? "not before the run ended" : fmt("%.1f s", r.secondsUntilBack())));
		}
		md.append("\n## What happened\n\n");
		f.notes().forEach((line) -> md.append("- ").append(line).append('\n'));
		return md.toString();
	}

	private static void row(StringBuilder md, String figure, String result, String required) {
		md.append("| ").append(figure).append(" | ").append(result).append(" | ").append(required).append(" |\n");
	}

	private static String fmt(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

}

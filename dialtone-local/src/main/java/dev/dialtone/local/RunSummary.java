package dev.dialtone.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.ProvisioningOutcome;

/** The local run's closing table, counted from the outcome, anomaly and dead-letter topics. */
record RunSummary(Map<String, Long> rows, long submitted, long withOutcome, Duration provisioning, Duration total) {

	static RunSummary of(PipelineTally tally, Collection<String> eventIds, Duration provisioning, Duration total) {
		Map<String, Long> rows = new TreeMap<>();
		long withOutcome = 0;
		for (String eventId : eventIds) {
			ProvisioningOutcome outcome = tally.outcome(eventId);
			if (outcome == null) {
				rows.merge("no outcome (yet)", 1L, Long::sum);
				continue;
			}
			withOutcome++;
			rows.merge(label(outcome, tally.anomaly(outcome.getEmployeeId())), 1L, Long::sum);
		}
		if (tally.deadLetters() > 0) {
			rows.put("dead-lettered", tally.deadLetters());
		}
		return new RunSummary(rows, eventIds.size(), withOutcome, provisioning, total);
	}

	private static String label(ProvisioningOutcome outcome, PendingAnomaly anomaly) {
		FinalState state = outcome.getFinalState();
		return switch (state) {
			case ACTIVE_PHONE_READY -> "active, phone ready";
			case ACTIVE_PHONE_INCOMPLETE -> "active, phone incomplete";
			case PENDING -> "pending: " + (anomaly == null ? "not yet classified" : anomaly.getCause().name());
			case FAILED -> "failed: " + firstWords(outcome.getFailureReason());
			default -> state.name().toLowerCase();
		};
	}

	private static String firstWords(String reason) {
		if (reason == null) {
			return "no reason given";
		}
		return reason.length() > 48 ? reason.substring(0, 48) + "…" : reason;
	}

	long count(String row) {
		return rows.getOrDefault(row, 0L);
	}

	void print(PrintStream out) {
		int width = Math.max(32, rows.keySet().stream().mapToInt(String::length).max().orElse(0) + 2);
		String line = "-".repeat(width + 10);
		out.println();
		out.println(line);
		out.printf("%-" + width + "s %8s%n", "outcome", "count");
		out.println(line);
		rows.forEach((label, count) -> out.printf("%-" + width + "s %8d%n", label, count));
		out.println(line);
		out.printf("%-" + width + "s %8d%n", "hires submitted", submitted);
		out.printf("%-" + width + "s %8d%n", "with an outcome", withOutcome);
		out.printf("%-" + width + "s %7.1fs%n", "provisioning time", provisioning.toMillis() / 1000.0);
		out.printf("%-" + width + "s %7.1fs%n", "total wall time", total.toMillis() / 1000.0);
		out.println(line);
	}

}

package dev.dialtone.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.StepStatus;

/**
 * The local run's closing table, counted from the outcome, anomaly and dead-letter
 * topics.
 */
public record RunSummary(Map<String, Long> rows, List<String> problems, long submitted, long withOutcome,
		Duration provisioning, Duration total) {

	static RunSummary of(PipelineTally tally, Collection<String> eventIds, Duration provisioning, Duration total) {
		Map<String, Long> rows = new TreeMap<>();
		List<String> problems = new ArrayList<>();
		long withOutcome = 0;
		for (String eventId : eventIds) {
			ProvisioningOutcome outcome = tally.outcome(eventId);
			if (outcome == null) {
				rows.merge("no outcome (yet)", 1L, Long::sum);
				continue;
			}
			withOutcome++;
			rows.merge(label(outcome, tally.anomaly(outcome.getEmployeeId())), 1L, Long::sum);
			failedStep(outcome).ifPresent(problems::add);
		}
		if (tally.deadLetters() > 0) {
			rows.put("dead-lettered", tally.deadLetters());
		}
		return new RunSummary(rows, problems, eventIds.size(), withOutcome, provisioning, total);
	}

	// An outcome that is neither done nor pending is explained by its first failed step.
	private static Optional<String> failedStep(ProvisioningOutcome outcome) {
		FinalState state = outcome.getFinalState();
		if (state != FinalState.ACTIVE_PHONE_INCOMPLETE && state != FinalState.FAILED) {
			return Optional.empty();
		}
		return outcome.getSteps()
			.stream()
			.filter(step -> step.getStatus() == StepStatus.FAILED)
			.findFirst()
			.map(step -> "%s %s: step %s failed (HTTP %s, Zoom code %s: %s)".formatted(outcome.getEmployeeId(), state,
					step.getName(), step.getHttpStatus(), step.getZoomErrorCode(), step.getZoomErrorMessage()))
			.or(() -> Optional.of(outcome.getEmployeeId() + " " + state + ": " + outcome.getFailureReason()));
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
		problems.forEach(problem -> out.println("  " + problem));
	}

}

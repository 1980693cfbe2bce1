package dev.dialtone.worker.outcome;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.StepResult;

/**
 * Builds the {@link ProvisioningOutcome} answering one event; it carries the event's
 * person (the desired state) so the auditor can resume or re-drive without the original
 * event.
 */
public final class OutcomeFactory {

	private final Clock clock;

	OutcomeFactory(Clock clock) {
		this.clock = clock;
	}

	public ProvisioningOutcome outcome(IdentityEvent event, Conclusion conclusion, List<StepResult> steps) {
		return outcome(event, conclusion, steps, Map.of());
	}

	/**
	 * @param noted facts the steps noted on the way (e.g. an adopted Zoom user); the
	 * conclusion's own facts win
	 */
	public ProvisioningOutcome outcome(IdentityEvent event, Conclusion conclusion, List<StepResult> steps,
			Map<String, String> noted) {
		Map<String, String> facts = new LinkedHashMap<>(noted);
		facts.putAll(conclusion.facts());
		// a FAILED outcome always says why, so the auditor can route it
		// a FAILED outcome always has a cause; another (ACTIVE_PHONE_INCOMPLETE: a full
		// line range) only when the conclusion names one
		FailureCause cause = (conclusion.state() == FinalState.FAILED)
				? ((conclusion.cause() != null) ? conclusion.cause() : FailureCause.UNKNOWN) : conclusion.cause();
		return ProvisioningOutcome.newBuilder()
			.setEventId(event.getEventId())
			.setEventType(event.getEventType())
			.setEmployeeId(event.getPerson().getEmployeeId())
			.setWorkEmail(event.getPerson().getWorkEmail())
			.setPerson(event.getPerson())
			.setSourceSystem(event.getSourceSystem())
			.setCorrelationId(event.getCorrelationId())
			.setEventOccurredAt(event.getOccurredAt())
			.setCompletedAt(this.clock.instant())
			.setZoomUserId(conclusion.zoomUserId())
			.setFinalState(conclusion.state())
			.setZoomStatus(conclusion.zoomStatus())
			.setLoginTypes(conclusion.loginTypes())
			.setFailureReason(conclusion.reason())
			.setFailureCause(cause)
			.setFacts(facts)
			.setEvidence(conclusion.evidence())
			.setSteps(steps)
			.build();
	}

}

package dev.dialtone.worker.outcome;

import java.time.Clock;
import java.util.List;

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
			.setEvidence(conclusion.evidence())
			.setSteps(steps)
			.build();
	}

}

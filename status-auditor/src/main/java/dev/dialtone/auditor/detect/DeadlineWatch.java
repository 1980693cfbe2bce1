package dev.dialtone.auditor.detect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.dialtone.auditor.classify.Classification;
import dev.dialtone.auditor.classify.EmailDomains;
import dev.dialtone.auditor.classify.RemediationPlaybook;
import dev.dialtone.auditor.detect.ExpectationTracker.Expectation;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;

/**
 * Raises OUTCOME_MISSING for accepted identity events whose outcome did not arrive within
 * the deadline. The identity consumer group already gives each event to one instance, so
 * no ownership check is needed here.
 */
public class DeadlineWatch {

	private final ExpectationTracker expectations;

	private final AnomalyLedger ledger;

	private final AnomalyRouter router;

	private final Outbox outbox;

	private final Duration outcomeDeadline;

	private final Clock clock;

	DeadlineWatch(ExpectationTracker expectations, AnomalyLedger ledger, AnomalyRouter router, Outbox outbox,
			Duration outcomeDeadline, Clock clock) {
		this.expectations = expectations;
		this.ledger = ledger;
		this.router = router;
		this.outbox = outbox;
		this.outcomeDeadline = outcomeDeadline;
		this.clock = clock;
	}

	public void run() {
		Instant now = this.clock.instant();
		List<Expectation> late = this.expectations.overdue(now, this.outcomeDeadline);
		for (Expectation expectation : late) {
			IdentityEvent event = expectation.event();
			String employeeId = event.getPerson().getEmployeeId();
			synchronized (this.ledger.lockFor(employeeId)) {
				if (this.ledger.openAnomaly(employeeId).isPresent() || seen(event)) {
					continue;
				}
				String email = event.getPerson().getWorkEmail();
				Map<String, String> evidence = Map.of("eventType", event.getEventType().name(), "acceptedAt",
						expectation.acceptedAt().toString(), "deadline", this.outcomeDeadline.toString(),
						"sourceSystem", event.getSourceSystem());
				Classification classification = new Classification(PendingCause.NO_OUTCOME, evidence,
						RemediationPlaybook.steps(PendingCause.NO_OUTCOME, email, EmailDomains.of(email)),
						RemediationPlaybook.severity(PendingCause.NO_OUTCOME), false);
				// its own id: a late PENDING outcome of the same event closes this one
				// and opens the pending anomaly
				PendingAnomaly missing = PendingAnomaly
					.newBuilder(Anomalies.open(employeeId, email, null, event.getEventId(), AnomalyKind.OUTCOME_MISSING,
							classification, now))
					.setAnomalyId(Anomalies.idFor(employeeId, "no-outcome|" + event.getEventId()))
					.build();
				this.outbox.atomically(() -> this.router.publish(null, missing));
			}
		}
	}

	/**
	 * The outcome is the person's latest (read by another instance), or the event was
	 * already reported once.
	 */
	private boolean seen(IdentityEvent event) {
		String employeeId = event.getPerson().getEmployeeId();
		return this.ledger.latestOutcome(employeeId)
			.filter((o) -> o.getEventId().equals(event.getEventId()))
			.isPresent()
				|| this.ledger.anomaly(employeeId)
					.filter((a) -> event.getEventId().equals(a.getSourceEventId()))
					.isPresent();
	}

}

package dev.dialtone.auditor.remediate;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.PendingAnomaly;

/**
 * A helpdesk's "re-drive" button: REDRIVE command, anomaly marked remediating, audit record naming the operator.
 */
public class OperatorRedrive {

	private final AnomalyLedger ledger;

	private final AnomalyRouter router;

	private final Outbox outbox;

	private final Commands commands;

	private final AuditTrail audit;

	private final Clock clock;

	public OperatorRedrive(AnomalyLedger ledger, AnomalyRouter router, Outbox outbox, Commands commands,
			AuditTrail audit, Clock clock) {
		this.ledger = ledger;
		this.router = router;
		this.outbox = outbox;
		this.commands = commands;
		this.audit = audit;
		this.clock = clock;
	}

	/** @return the REDRIVE event id, or empty when the person has no open anomaly */
	public Optional<String> redrive(String employeeId, String operator) {
		synchronized (this.ledger.lockFor(employeeId)) {
			Optional<PendingAnomaly> open = this.ledger.openAnomaly(employeeId);
			if (open.isEmpty()) {
				return Optional.empty();
			}
			PendingAnomaly current = open.get();
			String[] eventId = new String[1];
			this.outbox.atomically(() -> {
				PendingAnomaly next = Anomalies.withEvidence(
						Anomalies.next(current, this.clock.instant(), "re-drive requested by " + operator)
							.setStatus(AnomalyStatus.REMEDIATING),
						Map.of(AutoRemediation.AWAITING, PersonalAccountRemedy.AWAITING_REDRIVE));
				this.router.publish(current, next);
				eventId[0] = this.commands.send(EventType.REDRIVE, next).getEventId();
				this.audit.record(employeeId, "redrive-create", operator, "REDRIVE " + eventId[0] + " from the web page");
			});
			return Optional.of(eventId[0]);
		}
	}

}

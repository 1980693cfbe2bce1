package dev.dialtone.auditor.remediate;

import java.time.Clock;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.PendingAnomaly;

/**
 * The one re-drive sequence shared by the helpdesk's button, a released domain hold and a
 * seen consolidation: mark the anomaly as awaiting the re-drive's outcome, send REDRIVE
 * to the worker, audit {@code redrive-create}.
 */
class Redrive {

	private final AnomalyRouter router;

	private final Commands commands;

	private final AuditTrail audit;

	private final Clock clock;

	Redrive(AnomalyRouter router, Commands commands, AuditTrail audit, Clock clock) {
		this.router = router;
		this.commands = commands;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Call under the person's lock, inside a transaction.
	 * @param current the open anomaly
	 * @param why the history line
	 * @param status the status to set, or null to keep the current one
	 * @param actor who asked, for the audit record
	 * @param detail the audit record's detail, given the REDRIVE event id
	 * @return the REDRIVE event id
	 */
	String send(PendingAnomaly current, String why, AnomalyStatus status, String actor, UnaryOperator<String> detail) {
		PendingAnomaly.Builder builder = Anomalies.next(current, this.clock.instant(), why);
		if (status != null) {
			builder.setStatus(status);
		}
		PendingAnomaly next = Anomalies.withEvidence(builder,
				Map.of(AutoRemediation.AWAITING, PersonalAccountRemedy.AWAITING_REDRIVE));
		this.router.publish(current, next);
		String eventId = this.commands.send(EventType.REDRIVE, next).getEventId();
		this.audit.record(current.getEmployeeId(), "redrive-create", actor, detail.apply(eventId));
		return eventId;
	}

}

package dev.dialtone.auditor.recheck;

import java.time.Clock;
import java.util.Optional;

import dev.dialtone.auditor.remediate.AuditTrail;
import dev.dialtone.auditor.remediate.AutoRemediation;
import dev.dialtone.auditor.remediate.Commands;
import dev.dialtone.auditor.remediate.PersonalAccountRemedy;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.sweep.SweepPlan;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.PendingAnomaly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when Zoom shows a person's user active (webhook or re-check): a pending
 * anomaly resolves and a RESUME lets the worker finish the phone steps; a person we asked
 * to consolidate gets re-driven instead.
 */
public class UserActivation {

	private static final Logger log = LoggerFactory.getLogger(UserActivation.class);

	private final AnomalyLedger ledger;

	private final AnomalyRouter router;

	private final Outbox outbox;

	private final Commands commands;

	private final AuditTrail audit;

	private final PersonalAccountRemedy personalAccounts;

	private final String actor;

	private final Clock clock;

	UserActivation(AnomalyLedger ledger, AnomalyRouter router, Outbox outbox, Commands commands, AuditTrail audit,
			PersonalAccountRemedy personalAccounts, String actor, Clock clock) {
		this.ledger = ledger;
		this.router = router;
		this.outbox = outbox;
		this.commands = commands;
		this.audit = audit;
		this.personalAccounts = personalAccounts;
		this.actor = actor;
		this.clock = clock;
	}

	/**
	 * @return true when the signal changed the person's anomaly
	 */
	public boolean activated(String employeeId, String seenBy) {
		synchronized (this.ledger.lockFor(employeeId)) {
			Optional<PendingAnomaly> open = this.ledger.openAnomaly(employeeId);
			if (open.isEmpty()) {
				return false;
			}
			PendingAnomaly current = open.get();
			if (PersonalAccountRemedy.awaitingConsolidation(current)) {
				this.outbox.atomically(() -> this.personalAccounts.consolidated(current, seenBy));
				return true;
			}
			if (PersonalAccountRemedy.AWAITING_REDRIVE.equals(current.getEvidence().get(AutoRemediation.AWAITING))
					|| !pendingKind(current.getKind())) {
				// a re-drive is under way (its outcome will resolve it) or the user was
				// never pending
				return false;
			}
			if (current.getEmployeeId().startsWith(SweepPlan.UNKNOWN_EMPLOYEE_PREFIX)) {
				// found by the account sweep, no employee behind it: nothing to resume
				this.outbox.atomically(() -> this.router.publish(current,
						Anomalies.resolve(current, this.clock.instant(), "user activated (" + seenBy + ")")));
				return true;
			}
			this.outbox.atomically(() -> {
				PendingAnomaly resolved = Anomalies.resolve(current, this.clock.instant(),
						"user activated (" + seenBy + "); RESUME sent to finish the phone steps");
				this.router.publish(current, resolved);
				String eventId = this.commands.send(EventType.RESUME, resolved).getEventId();
				this.audit.record(employeeId, "resume-phone", this.actor, "RESUME " + eventId + " after " + seenBy);
			});
			log.info("Employee {} active ({}); anomaly {} resolved", employeeId, seenBy, current.getAnomalyId());
			return true;
		}
	}

	private static boolean pendingKind(AnomalyKind kind) {
		return kind == AnomalyKind.PENDING_AFTER_CREATE || kind == AnomalyKind.PENDING_SLA_BREACHED;
	}

}

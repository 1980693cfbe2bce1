package dev.dialtone.auditor.detect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.Severity;

/**
 * Escalates anomalies whose user has stayed pending longer than the SLA to
 * PENDING_SLA_BREACHED / CRITICAL.
 */
public class SlaWatch {

	private final AnomalyLedger ledger;

	private final AnomalyRouter router;

	private final Outbox outbox;

	private final Ownership ownership;

	private final Duration pendingSla;

	private final Clock clock;

	SlaWatch(AnomalyLedger ledger, AnomalyRouter router, Outbox outbox, Ownership ownership, Duration pendingSla,
			Clock clock) {
		this.ledger = ledger;
		this.router = router;
		this.outbox = outbox;
		this.ownership = ownership;
		this.pendingSla = pendingSla;
		this.clock = clock;
	}

	public void run() {
		Instant limit = this.clock.instant().minus(this.pendingSla);
		this.ledger.open()
			.stream()
			.filter((a) -> a.getKind() == AnomalyKind.PENDING_AFTER_CREATE && a.getDetectedAt().isBefore(limit))
			.filter((a) -> this.ownership.owns(a.getEmployeeId()))
			.forEach((a) -> escalate(a.getEmployeeId()));
	}

	private void escalate(String employeeId) {
		synchronized (this.ledger.lockFor(employeeId)) {
			PendingAnomaly current = this.ledger.openAnomaly(employeeId).orElse(null);
			if (current == null || current.getKind() != AnomalyKind.PENDING_AFTER_CREATE) {
				return;
			}
			PendingAnomaly next = Anomalies
				.next(current, this.clock.instant(), "still pending after the SLA of " + this.pendingSla)
				.setKind(AnomalyKind.PENDING_SLA_BREACHED)
				.setSeverity(Severity.CRITICAL)
				.build();
			this.outbox.atomically(() -> this.router.publish(current, next));
		}
	}

}

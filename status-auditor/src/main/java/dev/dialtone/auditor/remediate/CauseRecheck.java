package dev.dialtone.auditor.remediate;

import java.time.Clock;
import java.util.Optional;

import dev.dialtone.auditor.classify.DomainStatuses;
import dev.dialtone.auditor.classify.DomainStatuses.Known;
import dev.dialtone.auditor.config.AuditorProperties.Remediation;
import dev.dialtone.auditor.detect.OutcomeDetector;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-classifies open personal-account anomalies (open or in remediation) once the auditor
 * has seen their domain unverified in managed_domains: they become DOMAIN_NOT_VERIFIED
 * and are held for the domain like any other of its hires. No Zoom calls: it acts on what
 * {@link DomainStatuses} last read.
 */
public class CauseRecheck {

	private static final Logger log = LoggerFactory.getLogger(CauseRecheck.class);

	private final AnomalyLedger ledger;

	private final DomainStatuses domains;

	private final AnomalyRouter router;

	private final Outbox outbox;

	private final AuditTrail audit;

	private final DomainHold hold;

	private final Ownership ownership;

	private final Remediation settings;

	private final Clock clock;

	CauseRecheck(AnomalyLedger ledger, DomainStatuses domains, AnomalyRouter router, Outbox outbox, AuditTrail audit,
			DomainHold hold, Ownership ownership, Remediation settings, Clock clock) {
		this.ledger = ledger;
		this.domains = domains;
		this.router = router;
		this.outbox = outbox;
		this.audit = audit;
		this.hold = hold;
		this.ownership = ownership;
		this.settings = settings;
		this.clock = clock;
	}

	public void run() {
		this.ledger.open()
			.stream()
			.filter(CauseRecheck::personalAccountNotRedriven)
			.filter((a) -> this.ownership.owns(a.getEmployeeId()))
			.forEach((a) -> unverified(a).ifPresent((known) -> reclassify(a.getEmployeeId(), known)));
	}

	private Optional<Known> unverified(PendingAnomaly anomaly) {
		return this.domains.of(anomaly.getEmailDomain()).filter((known) -> !known.verified());
	}

	private void reclassify(String employeeId, Known known) {
		synchronized (this.ledger.lockFor(employeeId)) {
			PendingAnomaly current = this.ledger.openAnomaly(employeeId)
				.filter(CauseRecheck::personalAccountNotRedriven)
				.orElse(null);
			if (current == null) {
				return;
			}
			String why = "managed_domains reports " + current.getEmailDomain() + " "
					+ ((known.status() != null) ? known.status() : "not listed") + " (read " + known.seenAt() + ")";
			this.outbox.atomically(() -> {
				PendingAnomaly domain = Reclassification.toDomainNotVerified(current, why, this.clock.instant());
				this.router.publish(current, domain);
				this.audit.record(employeeId, "reclassify", this.settings.actor(),
						current.getCause() + " (" + current.getStatus() + ") -> DOMAIN_NOT_VERIFIED: " + why);
				if (this.settings.automates(PendingCause.DOMAIN_NOT_VERIFIED)) {
					this.hold.hold(domain);
				}
			});
			log.info("Employee {} re-classified DOMAIN_NOT_VERIFIED: {}", employeeId, why);
		}
	}

	/** A personal-account anomaly of a pending user whose re-drive is not under way. */
	private static boolean personalAccountNotRedriven(PendingAnomaly anomaly) {
		return anomaly.getCause() == PendingCause.EXISTING_PERSONAL_ACCOUNT
				&& OutcomeDetector.pendingKind(anomaly.getKind())
				&& !PersonalAccountRemedy.AWAITING_REDRIVE.equals(anomaly.getEvidence().get(AutoRemediation.AWAITING));
	}

}

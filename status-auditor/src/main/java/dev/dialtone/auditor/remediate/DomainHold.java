package dev.dialtone.auditor.remediate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.dialtone.auditor.classify.DomainStatuses;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.PendingAnomaly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DOMAIN_NOT_VERIFIED automation (on by default: it deletes nothing and mails nobody):
 * hold every hire of the domain, poll managed_domains, and re-drive them all once the
 * domain shows verified.
 */
public class DomainHold {

	private static final Logger log = LoggerFactory.getLogger(DomainHold.class);

	public static final String AWAITING_DOMAIN = "domain-verification";

	private final ZoomDirectory zoom;

	private final AnomalyLedger ledger;

	private final AnomalyRouter router;

	private final Outbox outbox;

	private final AuditTrail audit;

	private final Redrive redrive;

	private final Ownership ownership;

	private final String actor;

	private final Clock clock;

	private final DomainStatuses domains;

	DomainHold(ZoomDirectory zoom, AnomalyLedger ledger, AnomalyRouter router, Outbox outbox, AuditTrail audit,
			Redrive redrive, Ownership ownership, String actor, Clock clock, DomainStatuses domains) {
		this.domains = domains;
		this.zoom = zoom;
		this.ledger = ledger;
		this.router = router;
		this.outbox = outbox;
		this.audit = audit;
		this.redrive = redrive;
		this.ownership = ownership;
		this.actor = actor;
		this.clock = clock;
	}

	void hold(PendingAnomaly anomaly) {
		Instant now = this.clock.instant();
		PendingAnomaly next = Anomalies
			.withEvidence(
					Anomalies
						.next(anomaly, now,
								"automation: held until " + anomaly.getEmailDomain() + " is verified in Zoom")
						.setStatus(AnomalyStatus.REMEDIATING),
					Map.of(AutoRemediation.ATTEMPTED, now.toString(), AutoRemediation.AWAITING, AWAITING_DOMAIN));
		this.router.publish(anomaly, next);
		this.audit.record(anomaly.getEmployeeId(), "hold-domain", this.actor,
				"held until managed_domains shows " + anomaly.getEmailDomain() + " verified");
	}

	/**
	 * Polls managed_domains once for all held domains and re-drives the hires of those
	 * now verified.
	 */
	public void releaseVerified() {
		Map<String, List<PendingAnomaly>> held = this.ledger.open()
			.stream()
			.filter((a) -> AWAITING_DOMAIN.equals(a.getEvidence().get(AutoRemediation.AWAITING)))
			.filter((a) -> this.ownership.owns(a.getEmployeeId()))
			.collect(Collectors.groupingBy(PendingAnomaly::getEmailDomain));
		if (held.isEmpty()) {
			return;
		}
		Map<String, String> domains = this.zoom.managedDomains();
		this.domains.sawAll(domains, this.clock.instant());
		held.forEach((domain, anomalies) -> {
			if ("verified".equalsIgnoreCase(domains.get(domain))) {
				log.info("Domain {} verified: re-driving {} held hires", domain, anomalies.size());
				anomalies.forEach((anomaly) -> release(anomaly.getEmployeeId(), domain));
			}
		});
	}

	private void release(String employeeId, String domain) {
		synchronized (this.ledger.lockFor(employeeId)) {
			PendingAnomaly current = this.ledger.openAnomaly(employeeId).orElse(null);
			if (current == null || !AWAITING_DOMAIN.equals(current.getEvidence().get(AutoRemediation.AWAITING))) {
				return;
			}
			this.outbox.atomically(() -> {
				String actor = this.actor;
				this.audit.record(employeeId, "release-domain", actor, domain + " verified in managed_domains");
				this.redrive.send(current, domain + " is verified now; re-driving ssoCreate", AnomalyStatus.REMEDIATING,
						actor, (id) -> "REDRIVE " + id);
			});
		}
	}

}

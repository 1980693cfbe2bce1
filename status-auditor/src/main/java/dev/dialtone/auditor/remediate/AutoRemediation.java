package dev.dialtone.auditor.remediate;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.dialtone.auditor.config.AuditorProperties.Remediation;
import dev.dialtone.auditor.remediate.ActionGuard.Verdict;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the automation for a freshly classified anomaly, at most once per anomaly: the
 * domain hold by default, destructive remedies only when opted in and only after the
 * guard re-verified the cause in Zoom, within the per-cause cap, or as a dry run.
 */
public class AutoRemediation {

	private static final Logger log = LoggerFactory.getLogger(AutoRemediation.class);

	/**
	 * Evidence key set once automation has started, so a re-driven but still pending user
	 * does not loop.
	 */
	public static final String ATTEMPTED = "automationStartedAt";

	/** Evidence key naming what the automation waits for. */
	public static final String AWAITING = "awaiting";

	private final Remediation settings;

	private final PersonalAccountRemedy personalAccounts;

	private final DomainHold domainHold;

	private final AuditTrail audit;

	private final ActionGuard guard;

	private final ActionCap cap;

	private final AnomalyRouter router;

	private final RunawayAlarm incidents;

	private final Clock clock;

	AutoRemediation(Remediation settings, PersonalAccountRemedy personalAccounts, DomainHold domainHold,
			AuditTrail audit, ActionGuard guard, ActionCap cap, AnomalyRouter router, RunawayAlarm incidents,
			Clock clock) {
		this.settings = settings;
		this.personalAccounts = personalAccounts;
		this.domainHold = domainHold;
		this.audit = audit;
		this.guard = guard;
		this.cap = cap;
		this.router = router;
		this.incidents = incidents;
		this.clock = clock;
	}

	/**
	 * True when a destructive remedy would run for this cause: its classification must
	 * then rest on a fresh Zoom read.
	 */
	public boolean actsDestructivelyOn(PendingCause cause) {
		return Remediation.destructive(cause) && this.settings.automates(cause);
	}

	public void consider(PendingAnomaly anomaly) {
		if (!this.settings.automates(anomaly.getCause()) || anomaly.getEvidence().containsKey(ATTEMPTED)) {
			return;
		}
		try {
			switch (anomaly.getCause()) {
				case EXISTING_PERSONAL_ACCOUNT -> personalAccount(anomaly);
				case DOMAIN_NOT_VERIFIED -> this.domainHold.hold(anomaly);
				default -> {
					// no safe automation for the other causes: the helpdesk follows the
					// remediation steps
				}
			}
		}
		catch (RuntimeException ex) {
			// the anomaly stays OPEN for people (page, re-drive button); the outcome
			// itself is not a dead letter
			log.warn("Automation for employee {} ({}) failed: {}", anomaly.getEmployeeId(), anomaly.getCause(),
					ex.getMessage());
			this.audit.record(anomaly.getEmployeeId(), "automation-failed", this.settings.actor(),
					anomaly.getCause() + ": " + ex.getMessage());
		}
	}

	private void personalAccount(PendingAnomaly anomaly) {
		PendingCause cause = anomaly.getCause();
		Verdict verdict = this.guard.verify(anomaly);
		Instant now = this.clock.instant();
		if (verdict.confirms(PendingCause.DOMAIN_NOT_VERIFIED)) {
			PendingAnomaly domain = Reclassification.toDomainNotVerified(anomaly, verdict.evidence(), now);
			this.router.publish(anomaly, domain);
			this.audit.record(anomaly.getEmployeeId(), "reclassify", this.settings.actor(),
					cause + " -> DOMAIN_NOT_VERIFIED at the moment of acting; nothing deleted, nobody mailed; "
							+ verdict.evidence());
			if (this.settings.automates(PendingCause.DOMAIN_NOT_VERIFIED)) {
				this.domainHold.hold(domain);
			}
			return;
		}
		if (!verdict.confirms(cause)) {
			leaveToPeople(anomaly, now, "automation-skipped", "automation skipped: " + cause
					+ " not confirmed at the moment of acting (" + verdict.evidence() + ")", Map.of());
			return;
		}
		if (this.settings.dryRun()) {
			this.personalAccounts.dryRun(anomaly, verdict.evidence());
			return;
		}
		if (!this.cap.tryAcquire(cause, now)) {
			String words = "automated " + cause + " remediation stopped: " + this.cap.cap()
					+ " destructive actions within " + this.cap.window() + " already (the cap); employee "
					+ anomaly.getEmployeeId() + " and any later ones are left OPEN for people";
			leaveToPeople(anomaly, now, "automation-capped", words,
					Map.of(Anomalies.AUTOMATION_CAPPED, now.toString()));
			this.incidents.automationStopped(cause, words, 1, this.cap.cap());
			return;
		}
		this.personalAccounts.begin(anomaly, verdict.evidence());
	}

	private void leaveToPeople(PendingAnomaly anomaly, Instant now, String action, String words,
			Map<String, String> extra) {
		log.warn("Employee {}: {}", anomaly.getEmployeeId(), words);
		Map<String, String> evidence = new LinkedHashMap<>(extra);
		evidence.put(ATTEMPTED, now.toString());
		PendingAnomaly next = Anomalies.withEvidence(Anomalies.next(anomaly, now, words), evidence);
		this.router.publish(anomaly, next);
		this.audit.record(anomaly.getEmployeeId(), action, this.settings.actor(), words);
	}

}

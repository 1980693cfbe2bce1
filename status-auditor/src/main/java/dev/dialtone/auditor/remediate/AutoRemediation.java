package dev.dialtone.auditor.remediate;

import dev.dialtone.auditor.config.AuditorProperties.Remediation;
import dev.dialtone.contracts.PendingAnomaly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the opt-in automation for a freshly classified anomaly, at most once per
 * anomaly.
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

	AutoRemediation(Remediation settings, PersonalAccountRemedy personalAccounts, DomainHold domainHold,
			AuditTrail audit) {
		this.settings = settings;
		this.personalAccounts = personalAccounts;
		this.domainHold = domainHold;
		this.audit = audit;
	}

	public void consider(PendingAnomaly anomaly) {
		if (!this.settings.automates(anomaly.getCause()) || anomaly.getEvidence().containsKey(ATTEMPTED)) {
			return;
		}
		try {
			switch (anomaly.getCause()) {
				case EXISTING_PERSONAL_ACCOUNT -> this.personalAccounts.begin(anomaly);
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

}

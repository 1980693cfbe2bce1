package dev.dialtone.auditor.classify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.dialtone.auditor.classify.DomainStatuses.Known;
import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingEvidence;
import dev.dialtone.contracts.ProvisioningOutcome;

/**
 * Gathers the facts for {@link CauseRules}: the outcome's evidence when it can be
 * trusted, a fresh Zoom read (managed_domains and the user) when it is missing, older
 * than {@code evidenceMaxAge}, or observed before the last change of its domain's status
 * the auditor knows of. Every read and every piece of evidence updates
 * {@link DomainStatuses}.
 */
public class PendingClassifier {

	private final ZoomDirectory zoom;

	private final DomainStatuses domains;

	private final Clock clock;

	private final Duration evidenceMaxAge;

	PendingClassifier(ZoomDirectory zoom, DomainStatuses domains, Clock clock, Duration evidenceMaxAge) {
		this.zoom = zoom;
		this.domains = domains;
		this.clock = clock;
		this.evidenceMaxAge = evidenceMaxAge;
	}

	public Classification classify(ProvisioningOutcome outcome) {
		return classify(outcome, false);
	}

	/**
	 * Classifies from a fresh Zoom read whatever the evidence: before an automated action
	 * rests on the cause.
	 */
	public Classification classifyFresh(ProvisioningOutcome outcome) {
		return classify(outcome, true);
	}

	private Classification classify(ProvisioningOutcome outcome, boolean forceRead) {
		Instant now = this.clock.instant();
		String domain = EmailDomains.of(outcome.getWorkEmail());
		PendingEvidence seen = outcome.getEvidence();
		if (seen != null) {
			this.domains.saw(domain, seen.getDomainStatus(), seen.getObservedAt());
		}
		Known known = this.domains.of(domain).orElse(null);
		ZoomReading fresh = null;
		if (needsDomain(outcome) && (forceRead || CauseRules.evidenceOutdated(outcome, known)
				|| Duration.between(seen.getObservedAt(), now).compareTo(this.evidenceMaxAge) > 0)) {
			fresh = ZoomReading.read(this.zoom, lookupKey(outcome), now);
			if (fresh.readable()) {
				this.domains.sawAll(fresh.domains(), now);
			}
		}
		return CauseRules.classify(outcome, known, fresh);
	}

	/** Only a pending user's cause rests on managed_domains. */
	private static boolean needsDomain(ProvisioningOutcome outcome) {
		if (outcome.getFinalState() != FinalState.PENDING) {
			return false;
		}
		PendingEvidence seen = outcome.getEvidence();
		return seen == null || seen.getCreateAction() == null || "ssoCreate".equals(seen.getCreateAction());
	}

	private static String lookupKey(ProvisioningOutcome outcome) {
		return (outcome.getZoomUserId() != null) ? outcome.getZoomUserId() : outcome.getWorkEmail();
	}

	public static Integer createErrorCode(ProvisioningOutcome outcome) {
		return CauseRules.createErrorCode(outcome);
	}

}

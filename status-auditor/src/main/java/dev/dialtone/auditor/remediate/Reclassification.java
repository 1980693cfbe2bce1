package dev.dialtone.auditor.remediate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.auditor.classify.RemediationPlaybook;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;

/**
 * An anomaly whose cause turned out to be its domain: re-classified DOMAIN_NOT_VERIFIED,
 * with the domain's steps, any personal-account remedy in flight withdrawn (its
 * consolidation link stops working) and the automation marker cleared so the domain hold
 * can take over.
 */
final class Reclassification {

	static final String FROM = "reclassifiedFrom";

	private Reclassification() {
	}

	static PendingAnomaly toDomainNotVerified(PendingAnomaly current, String why, Instant now) {
		Map<String, String> evidence = new LinkedHashMap<>(current.getEvidence());
		boolean mailed = evidence.containsKey(PersonalAccountRemedy.TOKEN);
		evidence.remove(PersonalAccountRemedy.TOKEN);
		evidence.remove(AutoRemediation.AWAITING);
		evidence.remove(AutoRemediation.ATTEMPTED);
		evidence.put(FROM, current.getCause().name());
		evidence.put("explanation",
				current.getEmailDomain() + " is not a verified managed domain of the account (" + why + ")");
		List<String> steps = new ArrayList<>();
		if (mailed) {
			steps.add("The person was asked to consolidate a personal Zoom account before the domain was found"
					+ " unverified: tell " + current.getWorkEmail() + " to ignore that message.");
		}
		steps.addAll(RemediationPlaybook.steps(PendingCause.DOMAIN_NOT_VERIFIED, current.getWorkEmail(),
				current.getEmailDomain()));
		return Anomalies.next(current, now, "re-classified " + current.getCause() + " -> DOMAIN_NOT_VERIFIED: " + why)
			.setCause(PendingCause.DOMAIN_NOT_VERIFIED)
			.setRemediationSteps(steps)
			.setSeverity(RemediationPlaybook.severity(PendingCause.DOMAIN_NOT_VERIFIED))
			.setStatus(AnomalyStatus.OPEN)
			.setEvidence(evidence)
			.build();
	}

}

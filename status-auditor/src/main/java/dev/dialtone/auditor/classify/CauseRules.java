package dev.dialtone.auditor.classify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.dialtone.auditor.classify.DomainStatuses.Known;
import dev.dialtone.auditor.zoom.ZoomDirectory.ZoomUser;
import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.PendingEvidence;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.StepResult;
import dev.dialtone.contracts.StepStatus;

/**
 * The decision table as a pure function: an outcome (with the worker's evidence and
 * facts), what the auditor last knew of the domain, and an optional fresh Zoom read in; a
 * cause with its evidence and steps out. No Zoom calls: {@link PendingClassifier} decides
 * what to read.
 */
final class CauseRules {

	static final int PREPROVISIONING_OFF = 2002;

	private CauseRules() {
	}

	/**
	 * @param known the domain's last known status, or null
	 * @param fresh a Zoom read made for this decision, or null when the outcome's
	 * evidence was trusted
	 */
	public static Classification classify(ProvisioningOutcome outcome, Known known, ZoomReading fresh) {
		String email = outcome.getWorkEmail();
		String domain = EmailDomains.of(email);
		Map<String, String> evidence = new LinkedHashMap<>();
		evidence.put("outcomeEventId", outcome.getEventId());
		evidence.put("finalState", String.valueOf(outcome.getFinalState()));
		evidence.put("zoomStatus", String.valueOf(outcome.getZoomStatus()));
		evidence.put("loginTypes", String.valueOf(outcome.getLoginTypes()));
		evidence.putAll(outcome.getFacts());
		if (outcome.getFinalState() == FinalState.ACTIVE_PHONE_INCOMPLETE) {
			failedSteps(outcome, evidence);
			if (outcome.getFailureCause() == FailureCause.LINE_RANGE_FULL) {
				// the worker read Zoom's lists: the site's range is full or its pool
				// empty
				evidence.put("failureCause", FailureCause.LINE_RANGE_FULL.name());
				evidence.put("explanation", String.valueOf(outcome.getFailureReason()));
			}
			return result(PendingCause.PHONE_STEP_FAILED, evidence, outcome, false);
		}
		Integer createError = createErrorCode(outcome);
		if (createError != null) {
			evidence.put("createErrorCode", String.valueOf(createError));
		}
		if (createError != null && createError == PREPROVISIONING_OFF) {
			evidence.put("explanation", "ssoCreate refused with 2002: pre-provisioning SSO users is off");
			return result(PendingCause.PREPROVISIONING_DISABLED, evidence, outcome, false);
		}
		if (outcome.getFinalState() == FinalState.FAILED) {
			return failed(outcome, evidence);
		}
		PendingEvidence seen = outcome.getEvidence();
		if (seen != null && seen.getCreateAction() != null) {
			evidence.put("createAction", seen.getCreateAction());
			if (!"ssoCreate".equals(seen.getCreateAction())) {
				evidence.put("explanation",
						"the user was created with '" + seen.getCreateAction() + "', not ssoCreate");
				return result(PendingCause.WRONG_CREATE_ACTION, evidence, outcome, false);
			}
		}
		if (seen != null && seen.getEmailPreExisted() != null) {
			evidence.put("emailPreExisted", String.valueOf(seen.getEmailPreExisted()));
		}
		return byDomain(outcome, seen, known, fresh, evidence, domain);
	}

	private static Classification byDomain(ProvisioningOutcome outcome, PendingEvidence seen, Known known,
			ZoomReading fresh, Map<String, String> evidence, String domain) {
		Boolean verified;
		boolean stillPending = true;
		if (fresh != null) {
			evidence.put("evidenceSource", "Zoom re-read at " + fresh.at() + " (" + whyRead(seen, known) + ")");
			if (!fresh.readable()) {
				evidence.put("zoomReadError", fresh.error());
				return result(PendingCause.UNKNOWN, evidence, outcome, false);
			}
			String status = fresh.domains().get(domain);
			evidence.put("domainStatus", (status != null) ? status : "not listed");
			verified = "verified".equalsIgnoreCase(status);
			if (fresh.user() != null) {
				evidence.put("zoomStatusNow", fresh.user().map(ZoomUser::status).orElse("not found"));
				stillPending = fresh.user().map(ZoomUser::pending).orElse(false);
				if (fresh.user().map(ZoomUser::active).orElse(false)) {
					return result(PendingCause.UNKNOWN, evidence, outcome, true);
				}
			}
		}
		else if (seen != null && (known == null || !known.changedSince(seen.getObservedAt()))) {
			evidence.put("evidenceSource", "worker at " + seen.getObservedAt());
			evidence.put("domainStatus", (seen.getDomainStatus() != null) ? seen.getDomainStatus() : "not listed");
			verified = seen.getDomainVerified();
		}
		else if (known != null) {
			// the evidence predates a change the auditor saw itself: its own read is
			// newer
			evidence.put("evidenceSource", "auditor's managed_domains read at " + known.seenAt()
					+ ((seen != null) ? " (worker evidence of " + seen.getObservedAt() + " predates the change)" : ""));
			evidence.put("domainStatus", (known.status() != null) ? known.status() : "not listed");
			verified = known.verified();
		}
		else {
			evidence.put("evidenceSource", "none");
			verified = null;
		}
		if (Boolean.FALSE.equals(verified)) {
			evidence.put("explanation", domain + " is not a verified managed domain of the account");
			return result(PendingCause.DOMAIN_NOT_VERIFIED, evidence, outcome, false);
		}
		if (Boolean.TRUE.equals(verified) && stillPending) {
			evidence.put("explanation", domain + " is verified yet the new user is pending: the person most likely"
					+ " owns a Zoom account on this email outside ours (GET /users/email cannot see it)");
			return result(PendingCause.EXISTING_PERSONAL_ACCOUNT, evidence, outcome, false);
		}
		return result(PendingCause.UNKNOWN, evidence, outcome, false);
	}

	/**
	 * True when the outcome's evidence cannot be trusted as it is: none, or observed
	 * before the last change of its domain's status the auditor knows of.
	 */
	public static boolean evidenceOutdated(ProvisioningOutcome outcome, Known known) {
		PendingEvidence seen = outcome.getEvidence();
		return seen == null || (known != null && known.changedSince(seen.getObservedAt()));
	}

	private static String whyRead(PendingEvidence seen, Known known) {
		if (seen == null) {
			return "no evidence";
		}
		if (known != null && known.changedSince(seen.getObservedAt())) {
			return "evidence of " + seen.getObservedAt() + " predates the domain's change at " + known.changedAt();
		}
		return "evidence of " + seen.getObservedAt() + " re-verified";
	}

	private static Classification failed(ProvisioningOutcome outcome, Map<String, String> evidence) {
		FailureCause failure = outcome.getFailureCause();
		evidence.put("failureCause", String.valueOf(failure));
		if (outcome.getFailureReason() != null) {
			evidence.put("failureReason", outcome.getFailureReason());
		}
		failedSteps(outcome, evidence);
		PendingCause cause = switch ((failure != null) ? failure : FailureCause.UNKNOWN) {
			case EMAIL_CONFLICT -> PendingCause.EMAIL_CONFLICT;
			case ZOOM_USER_MISMATCH -> PendingCause.ZOOM_USER_MISMATCH;
			default -> PendingCause.PROVISIONING_FAILED;
		};
		return result(cause, evidence, outcome, false);
	}

	private static void failedSteps(ProvisioningOutcome outcome, Map<String, String> evidence) {
		outcome.getSteps()
			.stream()
			.filter((step) -> step.getStatus() == StepStatus.FAILED)
			.forEach((step) -> evidence.put("failedStep." + step.getName(), describe(step)));
	}

	public static Integer createErrorCode(ProvisioningOutcome outcome) {
		if (outcome.getEvidence() != null && outcome.getEvidence().getCreateErrorCode() != null) {
			return outcome.getEvidence().getCreateErrorCode();
		}
		return outcome.getSteps()
			.stream()
			.filter((step) -> step.getStatus() == StepStatus.FAILED && step.getZoomErrorCode() != null)
			.filter((step) -> step.getName().contains("create"))
			.map(StepResult::getZoomErrorCode)
			.findFirst()
			.orElse(null);
	}

	private static String describe(StepResult step) {
		return "HTTP " + step.getHttpStatus() + " code " + step.getZoomErrorCode() + ": " + step.getZoomErrorMessage();
	}

	private static Classification result(PendingCause cause, Map<String, String> evidence, ProvisioningOutcome outcome,
			boolean active) {
		return new Classification(cause, Collections.unmodifiableMap(new LinkedHashMap<>(evidence)),
				RemediationPlaybook.steps(cause, outcome), RemediationPlaybook.severity(cause), active);
	}

}

package dev.dialtone.auditor.classify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.auditor.zoom.ZoomDirectory.ZoomUser;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.PendingEvidence;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.StepResult;
import dev.dialtone.contracts.StepStatus;

/**
 * Tells the causes of a pending (or half-done) user apart from the outcome's evidence,
 * re-reading Zoom when that evidence is missing or stale. See docs/domain.md for the
 * causes.
 */
public class PendingClassifier {

	static final int PREPROVISIONING_OFF = 2002;

	private final ZoomDirectory zoom;

	private final Clock clock;

	private final Duration evidenceMaxAge;

	PendingClassifier(ZoomDirectory zoom, Clock clock, Duration evidenceMaxAge) {
		this.zoom = zoom;
		this.clock = clock;
		this.evidenceMaxAge = evidenceMaxAge;
	}

	public Classification classify(ProvisioningOutcome outcome) {
		String email = outcome.getWorkEmail();
		String domain = EmailDomains.of(email);
		Map<String, String> evidence = new LinkedHashMap<>();
		evidence.put("outcomeEventId", outcome.getEventId());
		evidence.put("finalState", String.valueOf(outcome.getFinalState()));
		evidence.put("zoomStatus", String.valueOf(outcome.getZoomStatus()));
		evidence.put("loginTypes", String.valueOf(outcome.getLoginTypes()));
		PendingEvidence seen = outcome.getEvidence();
		if (outcome.getFinalState() == FinalState.ACTIVE_PHONE_INCOMPLETE) {
			outcome.getSteps()
				.stream()
				.filter((step) -> step.getStatus() == StepStatus.FAILED)
				.forEach((step) -> evidence.put("failedStep." + step.getName(), describe(step)));
			return result(PendingCause.PHONE_STEP_FAILED, evidence, email, domain, false);
		}
		Integer createError = createErrorCode(outcome);
		if (createError != null) {
			evidence.put("createErrorCode", String.valueOf(createError));
		}
		if (createError != null && createError == PREPROVISIONING_OFF) {
			evidence.put("explanation", "ssoCreate refused with 2002: pre-provisioning SSO users is off");
			return result(PendingCause.PREPROVISIONING_DISABLED, evidence, email, domain, false);
		}
		if (seen != null && seen.getCreateAction() != null) {
			evidence.put("createAction", seen.getCreateAction());
			if (!"ssoCreate".equals(seen.getCreateAction())) {
				evidence.put("explanation",
						"the user was created with '" + seen.getCreateAction() + "', not ssoCreate");
				return result(PendingCause.WRONG_CREATE_ACTION, evidence, email, domain, false);
			}
		}
		return classifyByDomain(outcome, seen, evidence, email, domain);
	}

	private Classification classifyByDomain(ProvisioningOutcome outcome, PendingEvidence seen,
			Map<String, String> evidence, String email, String domain) {
		Instant now = this.clock.instant();
		Boolean verified;
		boolean stillPending = true;
		if (seen != null && Duration.between(seen.getObservedAt(), now).compareTo(this.evidenceMaxAge) <= 0) {
			evidence.put("evidenceSource", "worker at " + seen.getObservedAt());
			evidence.put("domainStatus", seen.getDomainStatus() != null ? seen.getDomainStatus() : "not listed");
			verified = seen.getDomainVerified();
		}
		else {
			evidence.put("evidenceSource", "Zoom re-read at " + now + (seen == null ? " (no evidence)" : " (stale)"));
			try {
				Map<String, String> domains = this.zoom.managedDomains();
				String status = domains.get(domain);
				evidence.put("domainStatus", status != null ? status : "not listed");
				verified = "verified".equalsIgnoreCase(status);
				Optional<ZoomUser> user = this.zoom.user(lookupKey(outcome));
				evidence.put("zoomStatusNow", user.map(ZoomUser::status).orElse("not found"));
				stillPending = user.map(ZoomUser::pending).orElse(false);
				if (user.map(ZoomUser::active).orElse(false)) {
					return result(PendingCause.UNKNOWN, evidence, email, domain, true);
				}
			}
			catch (RuntimeException ex) {
				evidence.put("zoomReadError", String.valueOf(ex.getMessage()));
				verified = null;
			}
		}
		if (seen != null && seen.getEmailPreExisted() != null) {
			evidence.put("emailPreExisted", String.valueOf(seen.getEmailPreExisted()));
		}
		if (Boolean.FALSE.equals(verified)) {
			evidence.put("explanation", domain + " is not a verified managed domain of the account");
			return result(PendingCause.DOMAIN_NOT_VERIFIED, evidence, email, domain, false);
		}
		if (Boolean.TRUE.equals(verified) && stillPending) {
			evidence.put("explanation", domain + " is verified yet the new user is pending: the person most likely"
					+ " owns a Zoom account on this email outside ours (GET /users/email cannot see it)");
			return result(PendingCause.EXISTING_PERSONAL_ACCOUNT, evidence, email, domain, false);
		}
		return result(PendingCause.UNKNOWN, evidence, email, domain, false);
	}

	private static String lookupKey(ProvisioningOutcome outcome) {
		return outcome.getZoomUserId() != null ? outcome.getZoomUserId() : outcome.getWorkEmail();
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

	private static Classification result(PendingCause cause, Map<String, String> evidence, String email, String domain,
			boolean active) {
		return new Classification(cause, Collections.unmodifiableMap(new LinkedHashMap<>(evidence)),
				RemediationPlaybook.steps(cause, email, domain), RemediationPlaybook.severity(cause), active);
	}

}

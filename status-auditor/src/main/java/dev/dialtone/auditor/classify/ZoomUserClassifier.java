package dev.dialtone.auditor.classify;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.PendingEvidence;
import dev.dialtone.contracts.ProvisioningOutcome;

/**
 * Classifies a pending user read from Zoom, whoever created it (an identity provider's
 * SCIM app, a script, an admin, Dialtone), by the very rules of Dialtone's own hires
 * ({@link CauseRules}): the read is turned into the evidence the worker records for a
 * hire (managed_domains status, login types, how the user was created when known) and
 * classified as such. Pure: the caller reads Zoom, once for managed_domains and once per
 * page of users. Public so a sweep of the account and the read-only diagnosis command
 * share one classifier.
 */
public final class ZoomUserClassifier {

	/**
	 * What {@code createAction} evidence says when nothing recorded how a user was made.
	 */
	public static final String CREATE_ACTION_UNKNOWN = "not reported by Zoom";

	private ZoomUserClassifier() {
	}

	/**
	 * A user as {@code GET /users} lists it.
	 *
	 * @param zoomUserId Zoom user id
	 * @param email email
	 * @param status {@code pending}, {@code active}, {@code inactive}
	 * @param loginTypes login types (empty for a pending user)
	 * @param createdAt {@code created_at} as Zoom formats it, or null
	 */
	public record ZoomUserRead(String zoomUserId, String email, String status, List<Integer> loginTypes,
			String createdAt) {

		public ZoomUserRead {
			loginTypes = (loginTypes != null) ? List.copyOf(loginTypes) : List.of();
		}

	}

	/**
	 * @param user the user as listed
	 * @param managedDomains managed_domains as read (lower-cased domain to status)
	 * @param readAt when Zoom was read
	 * @param createAction how the user was created, when something recorded it
	 * (Dialtone's outcome, a {@code user.created} webhook's {@code creation_type}); null
	 * otherwise: a Zoom user read does not say
	 * @param employeeId the employee Dialtone knows on this email, or null
	 * @return the cause, evidence, steps and severity
	 */
	public static Classification classify(ZoomUserRead user, Map<String, String> managedDomains, Instant readAt,
			String createAction, String employeeId) {
		return classify(user, managedDomains, readAt, createAction, null, employeeId);
	}

	/**
	 * As {@link #classify(ZoomUserRead, Map, Instant, String, String)}, naming where the
	 * create action is known from.
	 * @param createActionSource where {@code createAction} came from, for the evidence
	 * ({@code createActionSource}), e.g. "user.created webhook at ..., operator ...";
	 * null names nothing
	 */
	public static Classification classify(ZoomUserRead user, Map<String, String> managedDomains, Instant readAt,
			String createAction, String createActionSource, String employeeId) {
		String domain = EmailDomains.of(user.email());
		String domainStatus = managedDomains.get(domain);
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("zoomUserId", String.valueOf(user.zoomUserId()));
		facts.put("createdAt", String.valueOf(user.createdAt()));
		facts.put("dialtoneEmployee", (employeeId != null) ? employeeId : "none known");
		PendingEvidence evidence = PendingEvidence.newBuilder()
			.setEmailDomain(domain)
			.setDomainStatus(domainStatus)
			.setDomainVerified("verified".equalsIgnoreCase(domainStatus))
			.setCreateAction(createAction)
			.setObservedAt(readAt)
			.build();
		ProvisioningOutcome outcome = ProvisioningOutcome.newBuilder()
			.setEventId("zoom-user:" + user.zoomUserId())
			.setEventType(EventType.UNKNOWN)
			.setEmployeeId((employeeId != null) ? employeeId : "unknown")
			.setWorkEmail(user.email())
			.setEventOccurredAt(readAt)
			.setCompletedAt(readAt)
			.setZoomUserId(user.zoomUserId())
			.setFinalState(FinalState.PENDING)
			.setZoomStatus(user.status())
			.setLoginTypes(user.loginTypes())
			.setFacts(facts)
			.setEvidence(evidence)
			.build();
		Classification rules = CauseRules.classify(outcome, null, null);
		Map<String, String> read = readEvidence(rules, createAction, createActionSource, readAt);
		// the create action decides before the domain does: the domain as read is still a
		// fact a person wants
		read.putIfAbsent("domainStatus", (domainStatus != null) ? domainStatus : "not listed");
		return new Classification(rules.cause(), Collections.unmodifiableMap(read), rules.remediationSteps(),
				rules.severity(), rules.userAlreadyActive());
	}

	/**
	 * The rules' evidence in a Zoom read's terms: no outcome event, the read as its
	 * source, and what a verified domain cannot tell apart without knowing the create
	 * action.
	 */
	private static Map<String, String> readEvidence(Classification rules, String createAction,
			String createActionSource, Instant readAt) {
		Map<String, String> evidence = new LinkedHashMap<>(rules.evidence());
		evidence.remove("outcomeEventId");
		evidence.remove("finalState");
		evidence.put("evidenceSource", "Zoom GET /users?status=pending and managed_domains at " + readAt);
		if (createAction != null && createActionSource != null) {
			evidence.put("createActionSource", createActionSource);
		}
		if (createAction == null) {
			evidence.put("createAction", CREATE_ACTION_UNKNOWN);
			if (rules.cause() == PendingCause.EXISTING_PERSONAL_ACCOUNT) {
				evidence.put("alsoPossible", "made with action=create (an email invitation) rather than ssoCreate:"
						+ " Zoom's user read does not say how a user was created, a user.created webhook's"
						+ " creation_type does; the remedy (remove the pending user, create it again with ssoCreate)"
						+ " is the same");
			}
		}
		return evidence;
	}

}

package dev.dialtone.auditor.classify;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.auditor.classify.DomainStatuses.Known;
import dev.dialtone.auditor.support.Outcomes;
import dev.dialtone.auditor.zoom.ZoomDirectory.ZoomUser;
import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.PendingEvidence;
import dev.dialtone.contracts.ProvisioningOutcome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision table as a pure function: evidence in, cause out, no Zoom calls. Columns:
 * the worker's domain status ({@code -}: no evidence, {@code absent}: not listed), what
 * the auditor knows of the domain and whether it changed after the evidence, a fresh Zoom
 * read ({@code -}: none, {@code down}: unreadable) and the user's status in it, the
 * outcome's login types, the create action, the create error code and whether the email
 * pre-existed.
 */
@Tag("fast")
class CauseRulesTests {

	private static final Instant EVIDENCE_AT = Instant.parse("2026-11-30T09:00:00Z");

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					verified domain, user pending               | verified   | -                   | -          | -       | 100     | ssoCreate | -    | false | EXISTING_PERSONAL_ACCOUNT
					verified domain, email pre-existed          | verified   | -                   | -          | -       | 100     | ssoCreate | -    | true  | EXISTING_PERSONAL_ACCOUNT
					unverified domain                           | unverified | -                   | -          | -       | 100     | ssoCreate | -    | false | DOMAIN_NOT_VERIFIED
					domain not listed                           | absent     | -                   | -          | -       | -       | ssoCreate | -    | false | DOMAIN_NOT_VERIFIED
					verified, but lapsed after the evidence     | verified   | unverified:after    | -          | -       | 100     | ssoCreate | -    | false | DOMAIN_NOT_VERIFIED
					verified, lapsed before the evidence        | verified   | unverified:before   | -          | -       | 100     | ssoCreate | -    | false | EXISTING_PERSONAL_ACCOUNT
					unverified, verified again after evidence   | unverified | verified:after      | -          | -       | 100     | ssoCreate | -    | false | EXISTING_PERSONAL_ACCOUNT
					fresh read overrides verified evidence      | verified   | -                   | unverified | pending | 100     | ssoCreate | -    | false | DOMAIN_NOT_VERIFIED
					fresh read overrides unverified evidence    | unverified | -                   | verified   | pending | 100     | ssoCreate | -    | false | EXISTING_PERSONAL_ACCOUNT
					fresh read: domain not listed               | verified   | -                   | absent     | pending | -       | ssoCreate | -    | false | DOMAIN_NOT_VERIFIED
					fresh read: user gone, domain verified      | verified   | -                   | verified   | -       | 100     | ssoCreate | -    | false | UNKNOWN
					no evidence, fresh read unverified          | -          | -                   | unverified | pending | -       | -         | -    | -     | DOMAIN_NOT_VERIFIED
					no evidence, Zoom down                      | -          | -                   | down       | -       | -       | -         | -    | -     | UNKNOWN
					no evidence, no read                        | -          | -                   | -          | -       | -       | -         | -    | -     | UNKNOWN
					create instead of ssoCreate                 | verified   | -                   | -          | -       | 100     | create    | -    | false | WRONG_CREATE_ACTION
					create, even on an unverified domain        | unverified | -                   | -          | -       | 100     | create    | -    | false | WRONG_CREATE_ACTION
					SSO login type, verified domain             | verified   | -                   | -          | -       | 101;100 | ssoCreate | -    | false | EXISTING_PERSONAL_ACCOUNT
					error 2002 wins over the domain             | unverified | -                   | -          | -       | -       | ssoCreate | 2002 | false | PREPROVISIONING_DISABLED
					""")
	void classifiesFromTheEvidenceGiven(String scenario, String evidenceStatus, String known, String fresh,
			String userNow, String loginTypes, String createAction, Integer createError, Boolean preExisted,
			PendingCause expected) {
		ProvisioningOutcome outcome = outcome(evidenceStatus, loginTypes, createAction, createError, preExisted);

		Classification classification = CauseRules.classify(outcome, known(known), reading(fresh, userNow));

		assertThat(classification.cause()).as(scenario).isEqualTo(expected);
		assertThat(classification.remediationSteps()).isNotEmpty();
	}

	@Test
	void anActiveUserInTheFreshReadIsNoAnomaly() {
		Classification classification = CauseRules.classify(outcome("verified", "101", "ssoCreate", null, false), null,
				reading("verified", "active"));
		assertThat(classification.userAlreadyActive()).isTrue();
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			EMAIL_CONFLICT     | EMAIL_CONFLICT      | E-200
			ZOOM_USER_MISMATCH | ZOOM_USER_MISMATCH  | someone.else@corp.example
			EMAIL_CHANGE       | PROVISIONING_FAILED | Zoom refused to move the user to it: site NYC unknown
			ZOOM_REJECTED      | PROVISIONING_FAILED | Zoom refused a call for good
			INVALID_EVENT      | PROVISIONING_FAILED | cannot be carried out as given
			-                  | PROVISIONING_FAILED | failed: site NYC unknown
			""")
	void aFailedOutcomeGetsItsCauseAndStepsNamingWhoIsInvolved(FailureCause failure, PendingCause expected,
			String stepMentions) {
		ProvisioningOutcome outcome = Outcomes.outcome("E-100", "ann@corp.example", FinalState.FAILED)
			.setFailureCause(failure)
			.setFailureReason("site NYC unknown")
			.setFacts(Map.of("conflictingEmployeeId", "E-200", "zoomUserId", "zu-200", "zoomEmail",
					"someone.else@corp.example"))
			.build();

		Classification classification = CauseRules.classify(outcome, null, null);

		assertThat(classification.cause()).isEqualTo(expected);
		assertThat(classification.evidence()).containsEntry("conflictingEmployeeId", "E-200");
		assertThat(classification.remediationSteps()).anyMatch((step) -> step.contains(stepMentions));
	}

	@Test
	void anExtensionConflictSaysWhoHoldsTheExtension() {
		ProvisioningOutcome outcome = Outcomes.outcome("E-300", "bo@corp.example", FinalState.ACTIVE_PHONE_INCOMPLETE)
			.setFacts(Map.of("extension", "1042", "extensionHolder", "E-77 (kim@corp.example)"))
			.build();

		Classification classification = CauseRules.classify(outcome, null, null);

		assertThat(classification.cause()).isEqualTo(PendingCause.PHONE_STEP_FAILED);
		assertThat(classification.remediationSteps()).first()
			.asString()
			.contains("Extension 1042 is held by E-77 (kim@corp.example)", "another extension in HR");
	}

	@Test
	void aFullExtensionRangeIsNamedInTheExplanationAndTheRemedy() {
		ProvisioningOutcome outcome = Outcomes.outcome("E-301", "al@corp.example", FinalState.ACTIVE_PHONE_INCOMPLETE)
			.setFailureCause(FailureCause.LINE_RANGE_FULL)
			.setFailureReason("the extension range 1000-1029 of site site-nyc-01 is full: Zoom lists 30 extensions"
					+ " of it in use")
			.setFacts(Map.of("lineRangeFull", "extension", "siteId", "site-nyc-01", "extensionRange", "1000-1029"))
			.build();

		Classification classification = CauseRules.classify(outcome, null, null);

		assertThat(classification.cause()).isEqualTo(PendingCause.PHONE_STEP_FAILED);
		assertThat(classification.evidence()).containsEntry("failureCause", "LINE_RANGE_FULL")
			.containsEntry("lineRangeFull", "extension");
		assertThat(classification.evidence().get("explanation")).contains("1000-1029", "is full");
		assertThat(classification.remediationSteps()).first()
			.asString()
			.contains("extension range 1000-1029 of site-nyc-01 is full", "widen the site's range");
	}

	@Test
	void anEmptyNumberPoolSaysToAddNumbers() {
		ProvisioningOutcome outcome = Outcomes.outcome("E-302", "cy@corp.example", FinalState.ACTIVE_PHONE_INCOMPLETE)
			.setFailureCause(FailureCause.LINE_RANGE_FULL)
			.setFacts(Map.of("lineRangeFull", "number", "siteId", "site-nyc-01"))
			.build();

		assertThat(CauseRules.classify(outcome, null, null).remediationSteps()).first()
			.asString()
			.contains("number pool of site-nyc-01 is empty", "add or port numbers");
	}

	private static ProvisioningOutcome outcome(String evidenceStatus, String loginTypes, String createAction,
			Integer createError, Boolean preExisted) {
		ProvisioningOutcome.Builder outcome = Outcomes.outcome("E1", "pat@corp.example", FinalState.PENDING)
			.setZoomUserId("zu-1")
			.setLoginTypes((loginTypes == null) ? List.of()
					: Arrays.stream(loginTypes.split(";")).map(Integer::valueOf).toList());
		if (evidenceStatus != null) {
			String status = "absent".equals(evidenceStatus) ? null : evidenceStatus;
			outcome.setEvidence(PendingEvidence.newBuilder()
				.setEmailDomain("corp.example")
				.setDomainStatus(status)
				.setDomainVerified("verified".equals(status))
				.setEmailPreExisted(preExisted)
				.setCreateAction(createAction)
				.setCreateErrorCode(createError)
				.setObservedAt(EVIDENCE_AT)
				.build());
		}
		return outcome.build();
	}

	/**
	 * {@code status:after} / {@code status:before}: changed after or before the evidence.
	 */
	private static Known known(String spec) {
		if (spec == null) {
			return null;
		}
		String[] parts = spec.split(":");
		Instant changed = "after".equals(parts[1]) ? EVIDENCE_AT.plusSeconds(60) : EVIDENCE_AT.minusSeconds(60);
		return new Known(parts[0], changed, changed);
	}

	private static ZoomReading reading(String status, String userNow) {
		if (status == null) {
			return null;
		}
		Instant at = EVIDENCE_AT.plusSeconds(120);
		if ("down".equals(status)) {
			return new ZoomReading(at, null, null, "Zoom unreachable");
		}
		Map<String, String> domains = "absent".equals(status) ? Map.of() : Map.of("corp.example", status);
		Optional<ZoomUser> user = Optional.ofNullable(userNow)
			.map((s) -> new ZoomUser("zu-1", "pat@corp.example", s, List.of()));
		return new ZoomReading(at, domains, user, null);
	}

}

package dev.dialtone.auditor.classify;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.dialtone.auditor.classify.ZoomUserClassifier.ZoomUserRead;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.Severity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A pending user read from Zoom, whoever made it, classified by the hires' rules. */
@Tag("fast")
class ZoomUserClassifierTests {

	private static final Instant READ_AT = Instant.parse("2026-12-01T10:00:00Z");

	private static final Map<String, String> DOMAINS = Map.of("corp.example", "verified", "acquired.example",
			"unverified");

	@Test
	void anUnverifiedOrUnlistedDomainIsDomainNotVerifiedWithTheReadAsEvidence() {
		Classification unverified = classify("ana@acquired.example", null);
		assertThat(unverified.cause()).isEqualTo(PendingCause.DOMAIN_NOT_VERIFIED);
		assertThat(unverified.evidence()).containsEntry("domainStatus", "unverified")
			.containsEntry("zoomUserId", "u-1")
			.containsEntry("createdAt", "2026-11-01T09:00:00Z")
			.containsEntry("dialtoneEmployee", "none known")
			.containsEntry("evidenceSource",
					"Zoom GET /users?status=pending and managed_domains at 2026-12-01T10:00:00Z")
			.doesNotContainKey("outcomeEventId");
		assertThat(unverified.remediationSteps()).first().asString().contains("verify acquired.example");
		Classification unlisted = classify("kim@typo-corp.example", null);
		assertThat(unlisted.cause()).isEqualTo(PendingCause.DOMAIN_NOT_VERIFIED);
		assertThat(unlisted.evidence()).containsEntry("domainStatus", "not listed");
	}

	@Test
	void aVerifiedDomainWithoutACreateActionIsAPersonalAccountNamingTheAlternative() {
		Classification result = classify("noor@corp.example", null);
		assertThat(result.cause()).isEqualTo(PendingCause.EXISTING_PERSONAL_ACCOUNT);
		assertThat(result.severity()).isEqualTo(Severity.WARNING);
		assertThat(result.evidence()).containsEntry("createAction", ZoomUserClassifier.CREATE_ACTION_UNKNOWN)
			.containsKey("alsoPossible");
		assertThat(result.remediationSteps()).anySatisfy((step) -> assertThat(step).contains("Consolidate"));
	}

	@Test
	void aRecordedCreateActionOtherThanSsoCreateIsTheWrongAction() {
		Classification result = classify("tom@corp.example", "create");
		assertThat(result.cause()).isEqualTo(PendingCause.WRONG_CREATE_ACTION);
		assertThat(result.evidence()).containsEntry("createAction", "create")
			.containsEntry("domainStatus", "verified")
			.doesNotContainKey("alsoPossible");
		Classification sso = classify("noor@corp.example", "ssoCreate");
		assertThat(sso.cause()).isEqualTo(PendingCause.EXISTING_PERSONAL_ACCOUNT);
	}

	@Test
	void aKnownEmployeeIsNamedInTheEvidence() {
		Classification result = ZoomUserClassifier.classify(
				new ZoomUserRead("u-2", "ana@acquired.example", "pending", List.of(), null), DOMAINS, READ_AT, null,
				"E-1001");
		assertThat(result.evidence()).containsEntry("dialtoneEmployee", "E-1001");
	}

	private static Classification classify(String email, String createAction) {
		return ZoomUserClassifier.classify(new ZoomUserRead("u-1", email, "pending", List.of(), "2026-11-01T09:00:00Z"),
				DOMAINS, READ_AT, createAction, null);
	}

}

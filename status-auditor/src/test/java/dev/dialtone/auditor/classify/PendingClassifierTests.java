package dev.dialtone.auditor.classify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.auditor.support.FixedZoom;
import dev.dialtone.auditor.support.Outcomes;
import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.Severity;
import dev.dialtone.contracts.StepResult;
import dev.dialtone.contracts.StepStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain unit tests of the decision table; the Zoom port is a fixed in-memory answer (the
 * simulator-backed tests in e2e/ cover the same causes over real HTTP).
 */
@Tag("fast")
class PendingClassifierTests {

	private final Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);

	private final FixedZoom zoom = new FixedZoom(Map.of("corp.example", "verified", "acquired.example", "unverified"),
			Optional.of(new ZoomDirectory.ZoomUser("u1", "x@corp.example", "pending", List.of())));

	private final PendingClassifier classifier = new PendingClassifier(this.zoom, new DomainStatuses(), this.clock,
			Duration.ofMinutes(5));

	@Test
	void unverifiedDomainInFreshEvidenceIsDomainNotVerified() {
		Classification c = this.classifier.classify(Outcomes.pending("E1", "a@acquired.example", "u1", "unverified"));
		assertThat(c.cause()).isEqualTo(PendingCause.DOMAIN_NOT_VERIFIED);
		assertThat(c.evidence()).containsEntry("domainStatus", "unverified");
		assertThat(c.remediationSteps()).anyMatch((s) -> s.contains("verify acquired.example"));
	}

	@Test
	void verifiedDomainWithPendingUserIsExistingPersonalAccount() {
		Classification c = this.classifier.classify(Outcomes.pending("E2", "pat@corp.example", "u1", "verified"));
		assertThat(c.cause()).isEqualTo(PendingCause.EXISTING_PERSONAL_ACCOUNT);
		assertThat(c.remediationSteps()).anyMatch((s) -> s.contains("Consolidate into account"));
	}

	@Test
	void createActionOtherThanSsoCreateIsWrongCreateAction() {
		ProvisioningOutcome outcome = Outcomes.outcome("E3", "b@corp.example", FinalState.PENDING)
			.setEvidence(Outcomes.evidence("b@corp.example", "verified").setCreateAction("create").build())
			.build();
		assertThat(this.classifier.classify(outcome).cause()).isEqualTo(PendingCause.WRONG_CREATE_ACTION);
	}

	@Test
	void error2002IsPreProvisioningDisabledAndCritical() {
		Classification c = this.classifier.classify(Outcomes.preProvisioningOff("E4", "c@corp.example"));
		assertThat(c.cause()).isEqualTo(PendingCause.PREPROVISIONING_DISABLED);
		assertThat(c.severity()).isEqualTo(Severity.CRITICAL);
	}

	@Test
	void missingEvidenceIsReReadFromZoom() {
		ProvisioningOutcome outcome = Outcomes.outcome("E5", "d@typo-corp.example", FinalState.PENDING)
			.setZoomUserId("u1")
			.build();
		Classification c = this.classifier.classify(outcome);
		assertThat(c.cause()).isEqualTo(PendingCause.DOMAIN_NOT_VERIFIED);
		assertThat(c.evidence()).containsEntry("domainStatus", "not listed");
		assertThat(c.evidence().get("evidenceSource")).contains("Zoom re-read");
		assertThat(this.zoom.domainReads()).isEqualTo(1);
	}

	@Test
	void staleEvidenceIsReReadAndAnActiveUserIsNoAnomaly() {
		FixedZoom activeZoom = new FixedZoom(Map.of("corp.example", "verified"),
				Optional.of(new ZoomDirectory.ZoomUser("u9", "e@corp.example", "active", List.of(101))));
		PendingClassifier stale = new PendingClassifier(activeZoom, new DomainStatuses(),
				Clock.offset(this.clock, Duration.ofHours(1)), Duration.ofMinutes(5));
		Classification c = stale.classify(Outcomes.pending("E6", "e@corp.example", "u9", "verified"));
		assertThat(c.userAlreadyActive()).isTrue();
	}

	@Test
	void failedPhoneStepIsPhoneStepFailedWithTheStepAsEvidence() {
		ProvisioningOutcome outcome = Outcomes.outcome("E7", "f@corp.example", FinalState.ACTIVE_PHONE_INCOMPLETE)
			.setSteps(List.of(StepResult.newBuilder()
				.setName("assign-number")
				.setStatus(StepStatus.FAILED)
				.setHttpStatus(400)
				.setZoomErrorCode(300)
				.setZoomErrorMessage("no numbers")
				.build()))
			.build();
		Classification c = this.classifier.classify(outcome);
		assertThat(c.cause()).isEqualTo(PendingCause.PHONE_STEP_FAILED);
		assertThat(c.evidence()).containsKey("failedStep.assign-number");
	}

	@Test
	void unreadableZoomWithoutEvidenceIsUnknown() {
		ZoomDirectory down = new FixedZoom(null, Optional.empty());
		PendingClassifier blind = new PendingClassifier(down, new DomainStatuses(), this.clock, Duration.ofMinutes(5));
		Classification c = blind.classify(Outcomes.outcome("E8", "g@corp.example", FinalState.PENDING).build());
		assertThat(c.cause()).isEqualTo(PendingCause.UNKNOWN);
		assertThat(c.evidence()).containsKey("zoomReadError");
	}

}

package dev.dialtone.auditor.e2e;

import java.time.Duration;

import dev.dialtone.auditor.support.Outcomes;
import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.zoom.client.users.CreateAction;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.simulator.faults.FaultSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each cause, from a scenario seeded in the real simulator and provisioned through the
 * real Zoom client, is classified correctly by the running auditor.
 */
class ClassificationScenarioTests extends ScenarioContext {

	@Test
	void unverifiedDomainIsDomainNotVerified() {
		assertThat(worker.hire("C1", "ann@acquired.example", CreateAction.SSO_CREATE).getFinalState())
			.isEqualTo(FinalState.PENDING);
		assertClassified("C1", PendingCause.DOMAIN_NOT_VERIFIED, "domainStatus", "unverified");
	}

	@Test
	void verifiedDomainButPendingUserIsExistingPersonalAccount() {
		worker.hire("C2", "pat.personal@corp.example", CreateAction.SSO_CREATE);
		assertClassified("C2", PendingCause.EXISTING_PERSONAL_ACCOUNT, "domainStatus", "verified");
	}

	@Test
	void plainCreateIsWrongCreateAction() {
		worker.hire("C3", "wes@corp.example", CreateAction.CREATE);
		assertClassified("C3", PendingCause.WRONG_CREATE_ACTION, "createAction", "create");
	}

	@Test
	void ssoCreateRefusedWith2002IsPreProvisioningDisabled() {
		sim.setPreProvisioning(false);
		try {
			assertThat(worker.hire("C4", "pia@corp.example", CreateAction.SSO_CREATE).getFinalState())
				.isEqualTo(FinalState.FAILED);
		}
		finally {
			sim.setPreProvisioning(true);
		}
		assertClassified("C4", PendingCause.PREPROVISIONING_DISABLED, "createErrorCode", "2002");
	}

	@Test
	void missingEvidenceIsReReadFromZoomAndAnUnlistedDomainIsDomainNotVerified() {
		String id = worker.zoom()
			.users()
			.create(CreateUserRequest.ssoCreate("tom@typo-corp.example", "T", "C5"))
			.body()
			.id();
		TopicProbe.publish(topics.outcomes(), "C5",
				Outcomes.outcome("C5", "tom@typo-corp.example", FinalState.PENDING).setZoomUserId(id).build());
		PendingAnomaly first = assertClassified("C5", PendingCause.DOMAIN_NOT_VERIFIED, "domainStatus", "not listed");
		assertThat(first.getEvidence().get("evidenceSource")).contains("Zoom re-read");
	}

	@Test
	void zoomUnreadableWithoutEvidenceIsUnknown() {
		sim.fault("GET /accounts/{accountId}/managed_domains", FaultSpec.errors(1.0, 503));
		try {
			TopicProbe.publish(topics.outcomes(), "C6",
					Outcomes.outcome("C6", "uma@corp.example", FinalState.PENDING).setZoomUserId("nobody").build());
			PendingAnomaly first = firstAnomaly("C6");
			assertThat(first.getCause()).isEqualTo(PendingCause.UNKNOWN);
			assertThat(first.getEvidence()).containsKey("zoomReadError");
		}
		finally {
			sim.clearFaults();
		}
	}

	/**
	 * Asserts the cause and one evidence fact of the person's first anomaly, and returns
	 * it.
	 */
	private static PendingAnomaly assertClassified(String employeeId, PendingCause cause, String evidenceKey,
			String evidenceValue) {
		PendingAnomaly first = firstAnomaly(employeeId);
		assertThat(first.getCause()).isEqualTo(cause);
		assertThat(first.getEvidence()).containsEntry(evidenceKey, evidenceValue);
		return first;
	}

	private static PendingAnomaly firstAnomaly(String employeeId) {
		await().atMost(Duration.ofSeconds(45)).until(() -> !anomalies(employeeId).isEmpty());
		return anomalies(employeeId).get(0);
	}

}

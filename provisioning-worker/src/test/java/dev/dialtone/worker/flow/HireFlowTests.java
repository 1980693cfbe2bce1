package dev.dialtone.worker.flow;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.StepStatus;
import dev.dialtone.worker.support.Events;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HireFlowTests extends FlowTestBase {

	@Test
	void hireOnAVerifiedDomainEndsActiveWithExtensionPlanAndNumber() {
		ProvisioningOutcome outcome = provision(Events.hire("H-1", "hire.one@corp.example"));

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		assertThat(outcome.getPerson().getEmployeeId()).isEqualTo("H-1");
		// the line comes from a batch add; no email pre-check (ssoCreate's answer says
		// it)
		assertThat(stepsWith(outcome, StepStatus.SUCCEEDED)).contains("sso-create", "read-back", "batch-add-phone-user")
			.doesNotContain("preflight-email", "read-phone-user", "set-extension");
		assertThat(outcome.getSteps())
			.allSatisfy((step) -> assertThat(step.getStatus()).isNotEqualTo(StepStatus.FAILED));
		SimulatedUser user = simulator.user("hire.one@corp.example");
		assertThat(user.status()).isEqualTo("active");
		assertThat(user.id()).isEqualTo(outcome.getZoomUserId());
		assertThat(user.callingPlans()).containsExactly(200);
		assertThat(user.phoneNumbers()).hasSize(1);
		assertThat(simulator.numberHolders()).containsEntry(user.phoneNumbers().get(0), user.id());
		assertThat(Integer.parseInt(user.extensionNumber())).isBetween(1000, 1999);
	}

	@Test
	void hireOnAnUnverifiedDomainEndsPendingWithEvidenceAndNoPhoneSteps() {
		ProvisioningOutcome outcome = provision(Events.hire("H-2", "hire.two@acquired.example"));

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.PENDING);
		assertThat(outcome.getZoomStatus()).isEqualTo("pending");
		assertThat(outcome.getEvidence().getEmailDomain()).isEqualTo("acquired.example");
		assertThat(outcome.getEvidence().getDomainVerified()).isFalse();
		assertThat(outcome.getEvidence().getDomainStatus()).isEqualTo("unverified");
		assertThat(outcome.getEvidence().getCreateAction()).isEqualTo("ssoCreate");
		assertThat(outcome.getEvidence().getEmailPreExisted()).isFalse();
		assertThat(outcome.getSteps()).extracting((step) -> step.getName())
			.doesNotContain("set-extension", "assign-calling-plan", "assign-number")
			// the settings read says pending (400/1000); the user is then read whole
			.containsSubsequence("sso-create", "read-back", "read-pending-user");
		assertThat(outcome.getZoomUserId()).isEqualTo(simulator.user("hire.two@acquired.example").id());
		assertThat(simulator.user("hire.two@acquired.example").phoneNumbers()).isEmpty();
	}

	@Test
	void hireOfSomeoneWithAPersonalAccountEndsPendingOnAVerifiedDomain() {
		ProvisioningOutcome outcome = provision(Events.hire("H-3", "pat.personal@corp.example"));

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.PENDING);
		assertThat(outcome.getEvidence().getDomainVerified()).isTrue();
	}

	@Test
	void dryRunPublishesThePlanAndWritesNothing() {
		IdentityEvent event = Events.hire("H-4", "hire.four@corp.example");
		event.setDryRun(true);
		ProvisioningOutcome outcome = provision(event);

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.SKIPPED);
		assertThat(outcome.getFailureReason()).contains("dry run").contains("ACTIVE_PHONE_READY");
		assertThat(stepsWith(outcome, StepStatus.PLANNED)).contains("sso-create", "set-extension",
				"assign-calling-plan", "assign-number");
		assertThat(simulator.users()).extracting(SimulatedUser::email).doesNotContain("hire.four@corp.example");
	}

	@Test
	void redeliveredHireAdoptsTheUserAndChangesNothing() {
		IdentityEvent hire = Events.hire("H-5", "hire.five@corp.example");
		ProvisioningOutcome first = provision(hire);
		IdentityEvent again = Events.event(hire.getEventType(), hire.getPerson());
		ProvisioningOutcome second = provision(again);

		assertThat(ready(first)).isTrue();
		assertThat(ready(second)).isTrue();
		assertThat(second.getZoomUserId()).isEqualTo(first.getZoomUserId());
		assertThat(stepsWith(second, StepStatus.SUCCEEDED)).doesNotContain("sso-create", "set-extension",
				"assign-calling-plan", "assign-number");
		assertThat(simulator.users()).filteredOn((user) -> user.email().equals("hire.five@corp.example")).hasSize(1);
		assertThat(simulator.user("hire.five@corp.example").phoneNumbers()).hasSize(1);
	}

}

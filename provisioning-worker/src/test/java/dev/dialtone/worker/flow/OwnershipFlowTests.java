package dev.dialtone.worker.flow;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.PhoneChange;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.StepStatus;
import dev.dialtone.worker.support.Events;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.client.users.ZoomUser;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every automated action on the right person, over the real broker: the email index keeps
 * one employee's Zoom user out of another's events.
 */
class OwnershipFlowTests extends FlowTestBase {

	@Autowired
	ZoomClient zoom;

	@Test
	void aCollidingEmailHireEndsEmailConflictAndNeitherItNorATerminateTouchesTheFirstPerson() {
		ProvisioningOutcome first = provision(Events.hire("OWN-1", "dana.first@corp.example"));
		assertThat(first.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		SimulatedUser before = simulator.user(first.getZoomUserId());
		ZoomUser profile = this.zoom.users().get(first.getZoomUserId()).body();
		Person second = Events.person("OWN-2", "Dana.First@corp.example")
			.setFirstName("Other")
			.setLastName("Person")
			.setDepartment("Sales")
			.build();

		ProvisioningOutcome hire = provision(Events.event(EventType.HIRE, second));
		ProvisioningOutcome terminate = provision(Events.event(EventType.TERMINATE, second));

		assertThat(hire.getFinalState()).isEqualTo(FinalState.FAILED);
		assertThat(hire.getFailureCause()).isEqualTo(FailureCause.EMAIL_CONFLICT);
		assertThat(hire.getFacts()).containsEntry("conflictingEmployeeId", "OWN-1")
			.containsEntry("zoomUserId", first.getZoomUserId());
		assertThat(hire.getFailureReason()).contains("OWN-1", "OWN-2", "in HR");
		assertThat(hire.getZoomUserId()).isNull();
		assertThat(terminate.getFinalState()).isEqualTo(FinalState.FAILED);
		assertThat(terminate.getFailureCause()).isEqualTo(FailureCause.EMAIL_CONFLICT);
		assertThat(stepsWith(hire, StepStatus.SUCCEEDED)).doesNotContain("update-profile", "assign-number");
		assertThat(stepsWith(terminate, StepStatus.SUCCEEDED)).doesNotContain("remove-number", "deactivate");
		ZoomUser after = this.zoom.users().get(first.getZoomUserId()).body();
		assertThat(after.firstName()).isEqualTo(profile.firstName());
		assertThat(after.lastName()).isEqualTo(profile.lastName());
		assertThat(after.dept()).isEqualTo(profile.dept());
		SimulatedUser line = simulator.user(first.getZoomUserId());
		assertThat(line.status()).isEqualTo("active");
		assertThat(line.phoneNumbers()).isEqualTo(before.phoneNumbers());
		assertThat(line.callingPlans()).isEqualTo(before.callingPlans());
		assertThat(line.extensionNumber()).isEqualTo(before.extensionNumber());
	}

	@Test
	void anExistingZoomUserNobodyOwnsIsAdoptedAndTheOutcomeSaysSo() {
		String id = this.zoom.users()
			.create(CreateUserRequest.ssoCreate("lee.migrated@corp.example", "Lee", "Migrated"))
			.body()
			.id();

		ProvisioningOutcome outcome = provision(Events.hire("OWN-3", "lee.migrated@corp.example"));

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		assertThat(outcome.getZoomUserId()).isEqualTo(id);
		assertThat(outcome.getFacts()).containsEntry("adoptedZoomUserId", id);
		assertThat(outcome.getFailureCause()).isNull();
	}

	@Test
	void anUpdateThatKeepsThePhoneChangesTheProfileAndLeavesTheLine() {
		ProvisioningOutcome hired = provision(Events.hire("OWN-4", "kim.keep@corp.example"));
		SimulatedUser before = simulator.user(hired.getZoomUserId());
		Person moved = Events.person("OWN-4", "kim.keep@corp.example")
			.setDepartment("Finance")
			.setPhoneChange(PhoneChange.KEEP)
			.setPhone(null)
			.build();

		ProvisioningOutcome outcome = provision(Events.event(EventType.UPDATE, moved));

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		assertThat(stepsWith(outcome, StepStatus.SUCCEEDED)).contains("update-profile")
			.doesNotContain("set-extension", "assign-calling-plan", "assign-number", "remove-number",
					"remove-calling-plan", "disable-zoom-phone");
		SimulatedUser after = simulator.user(hired.getZoomUserId());
		assertThat(after.phoneNumbers()).isEqualTo(before.phoneNumbers());
		assertThat(after.callingPlans()).isEqualTo(before.callingPlans());
		assertThat(after.zoomPhone()).isTrue();
		assertThat(this.zoom.users().get(hired.getZoomUserId()).body().dept()).isEqualTo("Finance");
	}

	@Test
	void everyFailedOutcomeCarriesACause() {
		simulator.setPreProvisioning(false);
		try {
			ProvisioningOutcome outcome = provision(Events.hire("OWN-5", "pat.rejected@corp.example"));

			assertThat(outcome.getFinalState()).isEqualTo(FinalState.FAILED);
			assertThat(outcome.getFailureCause()).isEqualTo(FailureCause.ZOOM_REJECTED);
		}
		finally {
			simulator.setPreProvisioning(true);
		}
	}

}

package dev.dialtone.worker.flow;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.StepStatus;
import dev.dialtone.worker.support.Events;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class EmailChangeFlowTests extends FlowTestBase {

	@Autowired
	ZoomClient zoom;

	@Test
	void aMoversNewEmailIsAppliedToTheSameZoomUserAndTheOutcomeRecordsBoth() {
		Person hired = Events.person("C-1", "change.one@corp.example").build();
		ProvisioningOutcome first = provision(Events.event(EventType.HIRE, hired));
		Person renamed = Person.newBuilder(hired).setWorkEmail("change.one.new@corp.example").build();

		ProvisioningOutcome outcome = provision(Events.event(EventType.UPDATE, renamed));

		assertThat(ready(outcome)).isTrue();
		assertThat(outcome.getZoomUserId()).isEqualTo(first.getZoomUserId());
		assertThat(outcome.getFacts()).containsEntry("previousEmail", "change.one@corp.example")
			.containsEntry("newEmail", "change.one.new@corp.example");
		assertThat(stepsWith(outcome, StepStatus.SUCCEEDED)).contains("read-user", "change-email");
		assertThat(stepsWith(outcome, StepStatus.SKIPPED)).as("nobody holds the new email").contains("check-new-email");
		assertThat(simulator.user(first.getZoomUserId()).email()).isEqualTo("change.one.new@corp.example");
		assertThat(simulator.users()).noneMatch((user) -> user.email().equals("change.one@corp.example"));
		assertThat(simulator.user(first.getZoomUserId()).phoneNumbers()).hasSize(1);

		ProvisioningOutcome again = provision(Events.event(EventType.UPDATE, renamed));
		assertThat(ready(again)).isTrue();
		assertThat(stepsWith(again, StepStatus.SUCCEEDED)).doesNotContain("change-email");

		// the email before the change belongs to nobody now: a new employee may have it
		ProvisioningOutcome newcomer = provision(
				Events.event(EventType.HIRE, Events.person("C-1B", "change.one@corp.example").build()));
		assertThat(ready(newcomer)).as("the old email is free").isTrue();
		assertThat(newcomer.getZoomUserId()).isNotEqualTo(first.getZoomUserId());
	}

	@Test
	void rehireWithAChangedEmailMovesTheRecordedUserInsteadOfCreatingASecondOne() {
		Person hired = Events.person("C-2", "change.two@corp.example").build();
		ProvisioningOutcome first = provision(Events.event(EventType.HIRE, hired));
		provision(Events.terminate(hired, null));
		Person renamed = Person.newBuilder(hired).setWorkEmail("change.two.new@corp.example").build();

		ProvisioningOutcome outcome = provision(Events.event(EventType.REHIRE, renamed));

		assertThat(outcome.getZoomUserId()).isEqualTo(first.getZoomUserId());
		assertThat(outcome.getFacts()).containsEntry("newEmail", "change.two.new@corp.example");
		assertThat(simulator.users()).filteredOn((user) -> user.email().startsWith("change.two"))
			.singleElement()
			.satisfies((user) -> assertThat(user.email()).isEqualTo("change.two.new@corp.example"));
	}

	@Test
	void aNewEmailAnotherZoomUserHoldsIsNotTakenFromThem() {
		Person hired = Events.person("C-5", "change.five@corp.example").build();
		ProvisioningOutcome first = provision(Events.event(EventType.HIRE, hired));
		this.zoom.users().create(CreateUserRequest.ssoCreate("change.five.new@corp.example", "Someone", "Else"));
		Person renamed = Person.newBuilder(hired).setWorkEmail("change.five.new@corp.example").build();

		ProvisioningOutcome outcome = provision(Events.event(EventType.UPDATE, renamed));

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.FAILED);
		assertThat(outcome.getFailureCause()).isEqualTo(FailureCause.EMAIL_CONFLICT);
		assertThat(outcome.getFacts()).containsKey("conflictingZoomUserId");
		assertThat(stepsWith(outcome, StepStatus.SUCCEEDED)).doesNotContain("change-email");
		assertThat(simulator.user(first.getZoomUserId()).email()).isEqualTo("change.five@corp.example");
	}

	@Test
	void aNewEmailAnotherEmployeeHoldsIsRefusedBeforeAskingZoom() {
		provision(Events.event(EventType.HIRE, Events.person("C-7", "change.seven@corp.example").build()));
		Person hired = Events.person("C-6", "change.six@corp.example").build();
		ProvisioningOutcome first = provision(Events.event(EventType.HIRE, hired));
		Person renamed = Person.newBuilder(hired).setWorkEmail("change.seven@corp.example").build();

		ProvisioningOutcome outcome = provision(Events.event(EventType.UPDATE, renamed));

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.FAILED);
		assertThat(outcome.getFailureCause()).isEqualTo(FailureCause.EMAIL_CONFLICT);
		assertThat(outcome.getFacts()).containsEntry("conflictingEmployeeId", "C-7")
			.containsEntry("previousEmail", "change.six@corp.example")
			.containsEntry("newEmail", "change.seven@corp.example");
		assertThat(simulator.user(first.getZoomUserId()).email()).isEqualTo("change.six@corp.example");
	}

	@Test
	void aNewEmailOnADomainTheAccountDoesNotManageEndsEmailChangeWithZoomsAnswer() {
		Person hired = Events.person("C-8", "change.eight@corp.example").build();
		ProvisioningOutcome first = provision(Events.event(EventType.HIRE, hired));
		Person renamed = Person.newBuilder(hired).setWorkEmail("change.eight@typo-corp.example").build();

		ProvisioningOutcome outcome = provision(Events.event(EventType.UPDATE, renamed));

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.FAILED);
		assertThat(outcome.getFailureCause()).isEqualTo(FailureCause.EMAIL_CHANGE);
		assertThat(outcome.getFailureReason()).contains("1116", "managed domain", "then re-send this event");
		assertThat(simulator.user(first.getZoomUserId()).email()).isEqualTo("change.eight@corp.example");
	}

	@Test
	void terminateWithAChangedEmailStillDeprovisionsTheRecordedUser() {
		Person hired = Events.person("C-4", "change.four@corp.example").build();
		ProvisioningOutcome first = provision(Events.event(EventType.HIRE, hired));
		String number = simulator.user(first.getZoomUserId()).phoneNumbers().get(0);
		Person renamed = Person.newBuilder(hired).setWorkEmail("change.four.new@corp.example").build();

		ProvisioningOutcome outcome = provision(Events.terminate(renamed, null));

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.DEPROVISIONED);
		assertThat(outcome.getZoomUserId()).isEqualTo(first.getZoomUserId());
		assertThat(outcome.getZoomStatus()).isEqualTo("inactive");
		assertThat(stepsWith(outcome, StepStatus.SUCCEEDED)).contains("remove-number", "remove-calling-plan",
				"deactivate");
		assertThat(outcome.getSteps()).filteredOn((step) -> step.getName().equals("email-differs"))
			.singleElement()
			.satisfies((step) -> assertThat(step.getDetail()).contains("change.four@corp.example",
					"change.four.new@corp.example", "deprovisioned the recorded user " + first.getZoomUserId()));
		assertThat(simulator.user(first.getZoomUserId()).status()).isEqualTo("inactive");
		assertThat(simulator.user(first.getZoomUserId()).phoneNumbers()).isEmpty();
		assertThat(simulator.numberHolders()).doesNotContainKey(number);
		assertThat(simulator.users()).noneMatch((user) -> user.email().equals("change.four.new@corp.example"));
	}

	@Test
	void anUnchangedEmailIsFoundByTheRecordedUserIdWithTheSameOneRead() {
		Person hired = Events.person("C-3", "change.three@corp.example").build();
		ProvisioningOutcome first = provision(Events.event(EventType.HIRE, hired));

		ProvisioningOutcome updated = provision(
				Events.event(EventType.UPDATE, Person.newBuilder(hired).setJobTitle("Lead").build()));

		assertThat(ready(updated)).isTrue();
		assertThat(updated.getZoomUserId()).isEqualTo(first.getZoomUserId());
		assertThat(updated.getSteps()).filteredOn((step) -> step.getName().equals("read-user"))
			.singleElement()
			.satisfies((step) -> assertThat(step.getDetail()).contains("{id}"));
	}

}

package dev.dialtone.worker.flow;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.StepStatus;
import dev.dialtone.worker.support.Events;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailChangeFlowTests extends FlowTestBase {

	@Test
	void updateWithAChangedEmailFailsWithInstructionsInsteadOfCreatingASecondUser() {
		Person hired = Events.person("C-1", "change.one@corp.example").build();
		ProvisioningOutcome first = provision(Events.event(EventType.HIRE, hired));
		Person renamed = Person.newBuilder(hired).setWorkEmail("change.one.new@corp.example").build();

		ProvisioningOutcome outcome = provision(Events.event(EventType.UPDATE, renamed));

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.FAILED);
		assertThat(outcome.getZoomUserId()).isEqualTo(first.getZoomUserId());
		assertThat(outcome.getFailureReason()).contains("work email changed", "change.one@corp.example",
				"change.one.new@corp.example", "PUT /users/" + first.getZoomUserId() + "/email",
				"then re-send this event");
		assertThat(stepsWith(outcome, StepStatus.SUCCEEDED)).containsExactly("read-user");
		assertThat(simulator.users()).noneMatch((user) -> user.email().equals("change.one.new@corp.example"));
		assertThat(simulator.user(first.getZoomUserId()).phoneNumbers()).hasSize(1);
	}

	@Test
	void rehireWithAChangedEmailFailsInsteadOfCreatingASecondUser() {
		Person hired = Events.person("C-2", "change.two@corp.example").build();
		ProvisioningOutcome first = provision(Events.event(EventType.HIRE, hired));
		provision(Events.terminate(hired, null));
		Person renamed = Person.newBuilder(hired).setWorkEmail("change.two.new@corp.example").build();

		ProvisioningOutcome outcome = provision(Events.event(EventType.REHIRE, renamed));

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.FAILED);
		assertThat(outcome.getZoomUserId()).isEqualTo(first.getZoomUserId());
		assertThat(outcome.getFailureReason()).contains("work email changed");
		assertThat(stepsWith(outcome, StepStatus.SUCCEEDED)).doesNotContain("sso-create");
		assertThat(simulator.users()).noneMatch((user) -> user.email().equals("change.two.new@corp.example"));
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

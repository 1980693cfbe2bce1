package dev.dialtone.worker.flow;

import java.util.List;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.StepResult;
import dev.dialtone.contracts.StepStatus;
import dev.dialtone.worker.support.Events;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoverWithoutPhoneFlowTests extends FlowTestBase {

	@Test
	void updateWithoutPhoneReturnsTheNumberRemovesThePlanThenSwitchesZoomPhoneOff() {
		Person hired = Events.person("M-1", "mover.one@corp.example").build();
		assertThat(ready(provision(Events.event(EventType.HIRE, hired)))).isTrue();
		String number = simulator.user("mover.one@corp.example").phoneNumbers().get(0);
		Person withoutPhone = Person.newBuilder(hired).setPhone(null).build();

		ProvisioningOutcome outcome = provision(Events.event(EventType.UPDATE, withoutPhone));

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		// numbers and plans while the user is still a phone user; the feature last (phone
		// paths 404 after it)
		assertThat(writes(outcome)).containsExactly("remove-number", "remove-calling-plan", "disable-zoom-phone");
		SimulatedUser user = simulator.user("mover.one@corp.example");
		assertThat(user.status()).isEqualTo("active");
		assertThat(user.zoomPhone()).isFalse();
		assertThat(user.phoneNumbers()).isEmpty();
		assertThat(user.callingPlans()).isEmpty();
		assertThat(simulator.numberHolders()).doesNotContainKey(number);
	}

	@Test
	void updateWithoutPhoneAgainChangesNothing() {
		Person hired = Events.person("M-2", "mover.two@corp.example").build();
		provision(Events.event(EventType.HIRE, hired));
		Person withoutPhone = Person.newBuilder(hired).setPhone(null).build();
		provision(Events.event(EventType.UPDATE, withoutPhone));

		ProvisioningOutcome again = provision(Events.event(EventType.UPDATE, withoutPhone));

		assertThat(again.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		assertThat(writes(again)).isEmpty();
		assertThat(stepsWith(again, StepStatus.SKIPPED)).contains("disable-zoom-phone", "update-profile");
	}

	@Test
	void updateWithoutPhoneOfSomeoneWithoutALineOnlyReadsIt() {
		Person hired = Events.person("M-3", "mover.three@corp.example").setPhone(null).build();
		provision(Events.event(EventType.HIRE, hired));

		ProvisioningOutcome outcome = provision(
				Events.event(EventType.UPDATE, Person.newBuilder(hired).setDepartment("Sales").build()));

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		assertThat(writes(outcome)).containsExactly("update-profile");
		assertThat(simulator.user("mover.three@corp.example").zoomPhone()).isFalse();
	}

	private static List<String> writes(ProvisioningOutcome outcome) {
		return outcome.getSteps()
			.stream()
			.filter((step) -> step.getStatus() == StepStatus.SUCCEEDED && !step.getDetail().startsWith("GET"))
			.map(StepResult::getName)
			.toList();
	}

}

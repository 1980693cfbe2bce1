package dev.dialtone.worker.phone;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.NumberAssignment;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.PhoneSetup;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.worker.support.Events;
import dev.dialtone.worker.support.PlainWorld;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A taken extension or number is reported with the name of whoever holds it. */
@Tag("fast")
class LineConflictTests {

	static final PlainWorld world = PlainWorld.start();

	@AfterAll
	static void stop() {
		world.close();
	}

	@Test
	void aTakenExtensionNamesItsHolder() {
		SimulatedUser holder = hire(Events.person("LC-1", "ext.holder@corp.example").build());
		Person asking = Events.person("LC-2", "ext.asker@corp.example")
			.setPhone(PhoneSetup.newBuilder()
				.setExtension(holder.extensionNumber())
				.setCallingPlanType(200)
				.setNumberAssignment(NumberAssignment.NONE)
				.build())
			.build();
		Steps steps = PlainWorld.steps();

		Conclusion conclusion = world.accounts().provisioner().provision(asking, steps);

		assertThat(conclusion.state()).isEqualTo(FinalState.ACTIVE_PHONE_INCOMPLETE);
		assertThat(conclusion.reason()).contains("ext.holder@corp.example", holder.extensionNumber());
		assertThat(steps.facts()).containsEntry("extension", holder.extensionNumber())
			.hasEntrySatisfying("extensionHolder", (who) -> assertThat(who).contains("ext.holder@corp.example"));
		assertThat(world.simulator().extensionHolders()).containsEntry(holder.extensionNumber(), holder.id());
	}

	@Test
	void aTakenNumberNamesItsHolder() {
		SimulatedUser holder = hire(Events.person("LC-3", "num.holder@corp.example").build());
		String number = holder.phoneNumbers().get(0);
		Person asking = Events.person("LC-4", "num.asker@corp.example")
			.setPhone(PhoneSetup.newBuilder()
				.setCallingPlanType(200)
				.setNumberAssignment(NumberAssignment.SPECIFIC)
				.setPhoneNumber(number)
				.build())
			.build();
		Steps steps = PlainWorld.steps();

		Conclusion conclusion = world.accounts().provisioner().provision(asking, steps);

		assertThat(conclusion.state()).isEqualTo(FinalState.ACTIVE_PHONE_INCOMPLETE);
		assertThat(conclusion.reason()).contains(number, holder.id());
		assertThat(steps.facts()).containsEntry("phoneNumber", number)
			.hasEntrySatisfying("phoneNumberHolder", (who) -> assertThat(who).contains(holder.id()));
		assertThat(world.simulator().numberHolders()).containsEntry(number, holder.id());
	}

	private static SimulatedUser hire(Person person) {
		assertThat(world.accounts().provisioner().provision(person, PlainWorld.steps()).state())
			.isEqualTo(FinalState.ACTIVE_PHONE_READY);
		return world.simulator().user(person.getWorkEmail());
	}

}

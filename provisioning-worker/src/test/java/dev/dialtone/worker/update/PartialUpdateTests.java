package dev.dialtone.worker.update;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.NumberAssignment;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.PhoneChange;
import dev.dialtone.contracts.PhoneSetup;
import dev.dialtone.contracts.StepResult;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.worker.support.Events;
import dev.dialtone.worker.support.PlainWorld;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code phoneChange}: KEEP leaves the line alone, REMOVE takes it away. */
@Tag("fast")
class PartialUpdateTests {

	static final PlainWorld world = PlainWorld.start();

	final UpdateHandler handler = new UpdateHandler(world.accounts().known(), world.accounts().converger(),
			world.lines());

	@AfterAll
	static void stop() {
		world.close();
	}

	@Test
	void anUpdateThatKeepsThePhoneLeavesTheLineExactlyAsItIs() {
		Person hired = hire("PK-1", "keep.line@corp.example");
		SimulatedUser before = world.simulator().user("keep.line@corp.example");
		Person moved = Person.newBuilder(hired)
			.setDepartment("Sales")
			.setPhoneChange(PhoneChange.KEEP)
			.setPhone(
					PhoneSetup.newBuilder().setNumberAssignment(NumberAssignment.NONE).setCallingPlanType(300).build())
			.build();
		Steps steps = PlainWorld.steps();

		Conclusion conclusion = this.handler.handle(Events.event(EventType.UPDATE, moved), steps);

		assertThat(conclusion.state()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		SimulatedUser after = world.simulator().user("keep.line@corp.example");
		assertThat(after.extensionNumber()).isEqualTo(before.extensionNumber());
		assertThat(after.callingPlans()).isEqualTo(before.callingPlans());
		assertThat(after.phoneNumbers()).isEqualTo(before.phoneNumbers());
		assertThat(steps.results()).extracting(StepResult::getName)
			.contains("update-profile")
			.doesNotContain("set-extension", "assign-calling-plan", "replace-calling-plan", "assign-number",
					"remove-number", "remove-calling-plan", "disable-zoom-phone");
		assertThat(world.zoom().users().get(after.id()).body().dept()).isEqualTo("Sales");
	}

	@Test
	void anUpdateThatKeepsAnIncompleteLineSaysItIsIncomplete() {
		hire("PK-2", "keep.broken@corp.example");
		SimulatedUser user = world.simulator().user("keep.broken@corp.example");
		world.zoom().phone().removeCallingPlan(user.id(), 200);
		Person kept = Events.person("PK-2", "keep.broken@corp.example").setPhoneChange(PhoneChange.KEEP).build();

		Conclusion conclusion = this.handler.handle(Events.event(EventType.UPDATE, kept), PlainWorld.steps());

		assertThat(conclusion.state()).isEqualTo(FinalState.ACTIVE_PHONE_INCOMPLETE);
		assertThat(conclusion.reason()).contains("calling plan");
		assertThat(world.simulator().user("keep.broken@corp.example").callingPlans()).isEmpty();
	}

	@Test
	void anUpdateThatRemovesThePhoneTakesTheLineAwayEvenWithAPhoneBlock() {
		hire("PK-3", "remove.line@corp.example");
		Person removed = Events.person("PK-3", "remove.line@corp.example").setPhoneChange(PhoneChange.REMOVE).build();

		Conclusion conclusion = this.handler.handle(Events.event(EventType.UPDATE, removed), PlainWorld.steps());

		assertThat(conclusion.state()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		SimulatedUser after = world.simulator().user("remove.line@corp.example");
		assertThat(after.phoneNumbers()).isEmpty();
		assertThat(after.callingPlans()).isEmpty();
		assertThat(after.zoomPhone()).isFalse();
		assertThat(after.status()).isEqualTo("active");
	}

	@Test
	void anUpdateThatReplacesWithoutAPhoneStillMeansNoLine() {
		hire("PK-4", "replace.none@corp.example");
		Person none = Events.person("PK-4", "replace.none@corp.example")
			.setPhoneChange(PhoneChange.REPLACE)
			.setPhone(null)
			.build();

		Conclusion conclusion = this.handler.handle(Events.event(EventType.UPDATE, none), PlainWorld.steps());

		assertThat(conclusion.state()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		assertThat(world.simulator().user("replace.none@corp.example").phoneNumbers()).isEmpty();
		assertThat(world.simulator().user("replace.none@corp.example").zoomPhone()).isFalse();
	}

	private static Person hire(String employeeId, String email) {
		Person person = Events.person(employeeId, email).build();
		assertThat(world.accounts().provisioner().provision(person, PlainWorld.steps()).state())
			.isEqualTo(FinalState.ACTIVE_PHONE_READY);
		return person;
	}

}

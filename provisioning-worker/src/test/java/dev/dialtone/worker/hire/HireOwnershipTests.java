package dev.dialtone.worker.hire;

import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.StepResult;
import dev.dialtone.worker.outcome.ConcludedException;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.worker.support.Events;
import dev.dialtone.worker.support.PlainWorld;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.client.users.ZoomUser;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Hires never take over a Zoom user Dialtone records for another employee. */
@Tag("fast")
class HireOwnershipTests {

	static final PlainWorld world = PlainWorld.start();

	final HireHandler handler = new HireHandler(world.accounts().provisioner());

	@AfterAll
	static void stop() {
		world.close();
	}

	@Test
	void aSecondEmployeeWithTheSameEmailInAnotherCaseEndsEmailConflictAndChangesNothing() {
		Conclusion first = this.handler.handle(Events.hire("PO-1", "same.person@corp.example"), PlainWorld.steps());
		world.owners().put("same.person@corp.example", "PO-1", first.zoomUserId());
		SimulatedUser before = world.simulator().user(first.zoomUserId());
		Steps steps = PlainWorld.steps();

		Conclusion second = catchThrowableOfType(ConcludedException.class,
				() -> this.handler.handle(Events.hire("PO-2", "Same.Person@corp.example"), steps))
			.conclusion();

		assertThat(second.state()).isEqualTo(FinalState.FAILED);
		assertThat(second.cause()).isEqualTo(FailureCause.EMAIL_CONFLICT);
		assertThat(second.zoomUserId()).as("never recorded for the second employee").isNull();
		assertThat(second.facts()).containsEntry("conflictingEmployeeId", "PO-1")
			.containsEntry("employeeId", "PO-2")
			.containsEntry("zoomUserId", first.zoomUserId());
		assertThat(second.reason()).contains("PO-1", "PO-2", "in HR");
		assertThat(steps.results()).extracting(StepResult::getName)
			.doesNotContain("update-profile", "set-extension", "assign-calling-plan", "assign-number", "activate");
		ZoomUser user = world.zoom().users().get(first.zoomUserId()).body();
		assertThat(user.firstName()).isEqualTo("FirstPO-1");
		assertThat(world.simulator().user(first.zoomUserId())).isEqualTo(before);
	}

	@Test
	void anExistingZoomUserNobodyOwnsIsAdoptedAndNamedInTheFacts() {
		String id = world.zoom()
			.users()
			.create(CreateUserRequest.ssoCreate("migrated.person@corp.example", "Migrated", "Person"))
			.body()
			.id();
		Steps steps = PlainWorld.steps();

		Conclusion conclusion = this.handler.handle(Events.hire("PO-3", "migrated.person@corp.example"), steps);

		assertThat(conclusion.state()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		assertThat(conclusion.zoomUserId()).isEqualTo(id);
		assertThat(steps.facts()).containsEntry("adoptedZoomUserId", id);
		assertThat(world.zoom().users().get(id).body().firstName()).isEqualTo("FirstPO-3");
	}

	@Test
	void aRepeatedHireOfTheOwnerIsNotAnAdoption() {
		Conclusion first = this.handler.handle(Events.hire("PO-4", "repeat.owner@corp.example"), PlainWorld.steps());
		world.owners().put("repeat.owner@corp.example", "PO-4", first.zoomUserId());
		Steps steps = PlainWorld.steps();

		Conclusion again = this.handler.handle(Events.hire("PO-4", "repeat.owner@corp.example"), steps);

		assertThat(again.state()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		assertThat(again.zoomUserId()).isEqualTo(first.zoomUserId());
		assertThat(steps.facts()).doesNotContainKey("adoptedZoomUserId");
	}

}

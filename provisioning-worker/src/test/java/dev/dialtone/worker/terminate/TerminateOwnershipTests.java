package dev.dialtone.worker.terminate;

import java.time.Clock;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.Person;
import dev.dialtone.worker.config.WorkerProperties.TerminationMode;
import dev.dialtone.worker.outcome.ConcludedException;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.support.Events;
import dev.dialtone.worker.support.PlainWorld;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A termination deprovisions only the employee's own Zoom user. */
@Tag("fast")
class TerminateOwnershipTests {

	static final PlainWorld world = PlainWorld.start();

	final TerminateHandler handler = new TerminateHandler(world.zoom(), world.accounts().users(), world.lines(),
			world.deferrals(), TerminationMode.DEACTIVATE, Clock.systemUTC());

	@AfterAll
	static void stop() {
		world.close();
	}

	@Test
	void terminatingAnEmployeeWhoseEmailIsAnotherEmployeesUserTouchesNothing() {
		Person owner = Events.person("TO-1", "kept.owner@corp.example").build();
		Conclusion hired = world.accounts().provisioner().provision(owner, PlainWorld.steps());
		world.owners().put("kept.owner@corp.example", "TO-1", hired.zoomUserId());
		SimulatedUser before = world.simulator().user(hired.zoomUserId());

		ConcludedException refused = catchThrowableOfType(ConcludedException.class,
				() -> this.handler.handle(
						Events.event(EventType.TERMINATE, Events.person("TO-2", "KEPT.owner@corp.example").build()),
						PlainWorld.steps()));

		assertThat(refused.conclusion().state()).isEqualTo(FinalState.FAILED);
		assertThat(refused.conclusion().cause()).isEqualTo(FailureCause.EMAIL_CONFLICT);
		assertThat(refused.conclusion().facts()).containsEntry("conflictingEmployeeId", "TO-1");
		SimulatedUser after = world.simulator().user(hired.zoomUserId());
		assertThat(after).isEqualTo(before);
		assertThat(after.status()).isEqualTo("active");
		assertThat(after.phoneNumbers()).hasSize(1);
	}

}

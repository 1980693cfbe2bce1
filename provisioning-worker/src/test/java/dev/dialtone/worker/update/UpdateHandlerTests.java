package dev.dialtone.worker.update;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.Person;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.support.Events;
import dev.dialtone.worker.support.PlainWorld;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The UPDATE handler as a plain object over the Zoom simulator: no Kafka, no Spring. */
@Tag("fast")
class UpdateHandlerTests {

	static final PlainWorld world = PlainWorld.start();

	final UpdateHandler handler = new UpdateHandler(world.accounts().known(), world.accounts().converger(),
			world.lines());

	@AfterAll
	static void stop() {
		world.close();
	}

	@Test
	void updateOfSomeoneZoomDoesNotKnowProvisionsThemLikeAHire() {
		Conclusion conclusion = this.handler.handle(
				Events.event(EventType.UPDATE, Events.person("PU-1", "plain.u1@corp.example").build()),
				PlainWorld.steps());

		assertThat(conclusion.state()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		assertThat(world.simulator().user("plain.u1@corp.example").phoneNumbers()).hasSize(1);
	}

	@Test
	void updateChangesTheJobTitleAndRemovesTheLineOfAMoverWithoutPhone() {
		Person hired = Events.person("PU-2", "plain.u2@corp.example").build();
		this.handler.handle(Events.event(EventType.UPDATE, hired), PlainWorld.steps());
		Person moved = Person.newBuilder(hired).setJobTitle("Manager").setPhone(null).build();

		Conclusion conclusion = this.handler.handle(Events.event(EventType.UPDATE, moved), PlainWorld.steps());

		assertThat(conclusion.state()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		SimulatedUser user = world.simulator().user("plain.u2@corp.example");
		assertThat(user.status()).isEqualTo("active");
		assertThat(user.phoneNumbers()).isEmpty();
		assertThat(user.callingPlans()).isEmpty();
	}

}

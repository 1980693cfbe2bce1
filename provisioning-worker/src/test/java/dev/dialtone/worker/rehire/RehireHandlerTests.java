package dev.dialtone.worker.rehire;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.Person;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.support.Events;
import dev.dialtone.worker.support.PlainWorld;
import dev.dialtone.zoom.client.users.StatusAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The REHIRE handler as a plain object over the Zoom simulator: no Kafka, no Spring. */
@Tag("fast")
class RehireHandlerTests {

	static final PlainWorld world = PlainWorld.start();

	final RehireHandler handler = new RehireHandler(world.accounts().provisioner(), world.deferrals());

	@AfterAll
	static void stop() {
		world.close();
	}

	@Test
	void rehireCancelsTheDeferralAndReactivatesTheLeaverWithALine() {
		Person person = Events.person("PR-1", "plain.r1@corp.example").build();
		world.accounts().provisioner().provision(person, PlainWorld.steps());
		String id = world.simulator().user("plain.r1@corp.example").id();
		world.zoom().users().updateStatus(id, StatusAction.DEACTIVATE);

		Conclusion conclusion = this.handler.handle(Events.event(EventType.REHIRE, person), PlainWorld.steps());

		assertThat(conclusion.state()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		assertThat(conclusion.zoomUserId()).isEqualTo(id);
		assertThat(world.simulator().user("plain.r1@corp.example").status()).isEqualTo("active");
		assertThat(world.deferrals().cancelled()).contains("PR-1");
	}

}

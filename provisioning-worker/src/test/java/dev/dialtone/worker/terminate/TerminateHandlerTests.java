package dev.dialtone.worker.terminate;

import java.time.Clock;
import java.time.LocalDate;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.Person;
import dev.dialtone.worker.config.WorkerProperties.TerminationMode;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.support.Events;
import dev.dialtone.worker.support.PlainWorld;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TERMINATE handler as a plain object over the Zoom simulator: no Kafka, no Spring.
 */
@Tag("fast")
class TerminateHandlerTests {

	static final PlainWorld world = PlainWorld.start();

	final TerminateHandler handler = new TerminateHandler(world.zoom(), world.accounts().users(), world.lines(),
			world.deferrals(), TerminationMode.DEACTIVATE, Clock.systemUTC());

	@AfterAll
	static void stop() {
		world.close();
	}

	@Test
	void terminationStripsTheLineAndDeactivatesTheUser() {
		Person person = Events.person("PT-1", "plain.t1@corp.example").build();
		world.accounts().provisioner().provision(person, PlainWorld.steps());
		String number = world.simulator().user("plain.t1@corp.example").phoneNumbers().get(0);

		Conclusion conclusion = this.handler.handle(Events.terminate(person, null), PlainWorld.steps());

		assertThat(conclusion.state()).isEqualTo(FinalState.DEPROVISIONED);
		assertThat(conclusion.zoomStatus()).isEqualTo("inactive");
		SimulatedUser user = world.simulator().user("plain.t1@corp.example");
		assertThat(user.status()).isEqualTo("inactive");
		assertThat(user.phoneNumbers()).isEmpty();
		assertThat(world.simulator().numberHolders()).doesNotContainKey(number);
	}

	@Test
	void aFutureDatedTerminationIsDeferredAndChangesNothing() {
		Person person = Events.person("PT-2", "plain.t2@corp.example").build();
		world.accounts().provisioner().provision(person, PlainWorld.steps());

		Conclusion conclusion = this.handler.handle(Events.terminate(person, LocalDate.now().plusDays(10)),
				PlainWorld.steps());

		assertThat(conclusion.state()).isEqualTo(FinalState.SKIPPED);
		assertThat(world.deferrals().deferred()).extracting((event) -> event.getPerson().getEmployeeId())
			.contains("PT-2");
		assertThat(world.simulator().user("plain.t2@corp.example").status()).isEqualTo("active");
	}

}

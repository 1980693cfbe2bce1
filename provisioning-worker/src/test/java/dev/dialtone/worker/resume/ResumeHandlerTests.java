package dev.dialtone.worker.resume;

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

/** The RESUME handler as a plain object over the Zoom simulator: no Kafka, no Spring. */
@Tag("fast")
class ResumeHandlerTests {

	static final PlainWorld world = PlainWorld.start();

	final ResumeHandler handler = new ResumeHandler(world.accounts().known(), world.accounts().provisioner());

	@AfterAll
	static void stop() {
		world.close();
	}

	@Test
	void resumeOfAStillPendingUserEndsPendingWithFreshEvidence() {
		Person person = Events.person("PS-1", "plain.s1@acquired.example").build();
		world.accounts().provisioner().provision(person, PlainWorld.steps());

		Conclusion conclusion = this.handler.handle(Events.event(EventType.RESUME, person), PlainWorld.steps());

		assertThat(conclusion.state()).isEqualTo(FinalState.PENDING);
		assertThat(conclusion.evidence().getDomainVerified()).isFalse();
	}

	@Test
	void resumeAfterActivationFinishesThePhoneSteps() {
		Person person = Events.person("PS-2", "plain.s2@acquired.example").build();
		world.accounts().provisioner().provision(person, PlainWorld.steps());
		world.simulator().activate("plain.s2@acquired.example");

		Conclusion conclusion = this.handler.handle(Events.event(EventType.RESUME, person), PlainWorld.steps());

		assertThat(conclusion.state()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		SimulatedUser user = world.simulator().user("plain.s2@acquired.example");
		assertThat(user.phoneNumbers()).hasSize(1);
		assertThat(user.callingPlans()).containsExactly(200);
	}

}

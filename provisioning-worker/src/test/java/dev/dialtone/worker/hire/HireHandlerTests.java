package dev.dialtone.worker.hire;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
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

/** The HIRE handler as a plain object over the Zoom simulator: no Kafka, no Spring. */
@Tag("fast")
class HireHandlerTests {

	static final PlainWorld world = PlainWorld.start();

	final HireHandler handler = new HireHandler(world.accounts().provisioner());

	@AfterAll
	static void stop() {
		world.close();
	}

	@Test
	void hireOnAVerifiedDomainGetsExtensionNumberAndCallingPlan() {
		Steps steps = PlainWorld.steps();

		Conclusion conclusion = this.handler.handle(Events.hire("PH-1", "plain.one@corp.example"), steps);

		assertThat(conclusion.state()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		SimulatedUser user = world.simulator().user("plain.one@corp.example");
		assertThat(user.id()).isEqualTo(conclusion.zoomUserId());
		assertThat(user.status()).isEqualTo("active");
		assertThat(Integer.parseInt(user.extensionNumber())).isBetween(1000, 1999);
		assertThat(user.callingPlans()).containsExactly(200);
		assertThat(user.phoneNumbers()).hasSize(1);
		assertThat(world.simulator().numberHolders()).containsEntry(user.phoneNumbers().get(0), user.id());
		assertThat(steps.results()).extracting(StepResult::getName)
			.contains("sso-create", "read-back", "set-extension", "assign-calling-plan", "assign-number");
	}

	@Test
	void aHireLandsPendingOnAnUnverifiedDomainWithTheEvidence() {
		Steps steps = PlainWorld.steps();

		Conclusion conclusion = this.handler.handle(Events.hire("PH-2", "plain.two@acquired.example"), steps);

		assertThat(conclusion.state()).isEqualTo(FinalState.PENDING);
		assertThat(conclusion.zoomStatus()).isEqualTo("pending");
		assertThat(conclusion.evidence().getEmailDomain()).isEqualTo("acquired.example");
		assertThat(conclusion.evidence().getDomainVerified()).isFalse();
		assertThat(conclusion.evidence().getDomainStatus()).isEqualTo("unverified");
		assertThat(conclusion.evidence().getEmailPreExisted()).isFalse();
		assertThat(conclusion.evidence().getCreateAction()).isEqualTo("ssoCreate");
		assertThat(steps.results()).extracting(StepResult::getName)
			.doesNotContain("set-extension", "assign-calling-plan", "assign-number");
		assertThat(world.simulator().user("plain.two@acquired.example").phoneNumbers()).isEmpty();
	}

	@Test
	void answersOnlyHires() {
		assertThat(this.handler.types()).containsExactly(EventType.HIRE);
	}

}

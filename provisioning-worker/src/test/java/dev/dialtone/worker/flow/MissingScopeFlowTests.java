package dev.dialtone.worker.flow;

import java.time.Duration;

import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.StepStatus;
import dev.dialtone.worker.deadletter.DeadLetterRedriver;
import dev.dialtone.worker.support.Events;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Server-to-Server app lacks {@code phone:write:admin}: a hire ends FAILED
 * MISSING_SCOPE naming the scope and is dead-lettered; once the admin grants the scope,
 * re-driving the dead letters replays the hire, which ends ACTIVE_PHONE_READY.
 */
class MissingScopeFlowTests extends FlowTestBase {

	@Autowired
	DeadLetterRedriver redriver;

	@AfterEach
	void restoreScopes() {
		simulator.setGrantedScopes(Seed.Credentials.DEFAULT_SCOPES);
		simulator.expireTokens();
	}

	@Test
	void aMissingPhoneScopeFailsTheHireNamingTheScopeAndAReDriveAfterTheGrantFinishesIt() {
		simulator.setGrantedScopes(Seed.builder().withoutScope("phone:write:admin").build().credentials().scopes());
		// the worker's token still carries the old scopes: make it fetch one with the
		// app's current set, as a new deployment would
		simulator.expireTokens();

		IdentityEvent hire = pipeline.publish(Events.hire("S-1", "scope.one@corp.example"));
		ProvisioningOutcome failed = outcomeOf(hire);

		assertThat(failed.getFinalState()).isEqualTo(FinalState.FAILED);
		assertThat(failed.getFailureCause()).isEqualTo(FailureCause.MISSING_SCOPE);
		assertThat(failed.getFacts()).containsEntry("missingScope", "phone:update:user:admin")
			.containsEntry("acceptedScopes", "phone:update:user phone:update:user:admin")
			.containsEntry("refusedZoomCall", "PATCH /phone/users/{userId}");
		assertThat(failed.getFailureReason()).contains("lacks the scope phone:update:user:admin",
				"Zoom App Marketplace", "re-drive");
		assertThat(failed.getSteps()).filteredOn((step) -> step.getStatus() == StepStatus.FAILED)
			.singleElement()
			.satisfies((step) -> {
				assertThat(step.getName()).isEqualTo("set-extension");
				assertThat(step.getZoomErrorCode()).isEqualTo(4711);
				assertThat(step.getAttempt()).as("a missing scope is not retried").isEqualTo(1);
			});
		assertThat(simulator.user("scope.one@corp.example").extensionNumber()).isNull();

		simulator.setGrantedScopes(Seed.Credentials.DEFAULT_SCOPES);
		assertThat(this.redriver.redrive()).isGreaterThanOrEqualTo(1);

		ProvisioningOutcome finished = await().atMost(Duration.ofSeconds(30))
			.until(() -> pipeline.outcome(hire.getEventId()).orElseThrow(), FlowTestBase::ready);
		assertThat(finished.getFailureCause()).isNull();
		assertThat(simulator.user("scope.one@corp.example").phoneNumbers()).hasSize(1);
		assertThat(simulator.user("scope.one@corp.example").extensionNumber()).isNotNull();
	}

}

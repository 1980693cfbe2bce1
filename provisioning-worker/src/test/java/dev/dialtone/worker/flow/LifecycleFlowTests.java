package dev.dialtone.worker.flow;

import java.time.Duration;
import java.time.LocalDate;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.NumberAssignment;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.PhoneSetup;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.StepStatus;
import dev.dialtone.worker.support.Events;
import dev.dialtone.worker.support.MutableClock;
import dev.dialtone.worker.terminate.DueEventScheduler;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LifecycleFlowTests extends FlowTestBase {

	@Autowired
	ZoomClient zoom;

	@Autowired
	MutableClock clock;

	@Autowired
	DueEventScheduler dueEvents;

	@Test
	void updateChangesOnlyWhatDiffersAndReturnsTheOldNumberToThePool() {
		Person hired = Events.person("L-1", "life.one@corp.example").build();
		provision(Events.event(EventType.HIRE, hired));
		String oldNumber = simulator.user("life.one@corp.example").phoneNumbers().get(0);
		String newNumber = "+12125551299";
		Person moved = Person.newBuilder(hired)
			.setDepartment("Research")
			.setPhone(PhoneSetup.newBuilder(hired.getPhone())
				.setNumberAssignment(NumberAssignment.SPECIFIC)
				.setPhoneNumber(newNumber)
				.build())
			.build();

		ProvisioningOutcome outcome = provision(Events.event(EventType.UPDATE, moved));

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		assertThat(stepsWith(outcome, StepStatus.SUCCEEDED)).contains("update-profile", "assign-number",
				"remove-number");
		assertThat(stepsWith(outcome, StepStatus.SKIPPED)).contains("set-extension", "assign-calling-plan");
		assertThat(this.zoom.users().get("life.one@corp.example").body().dept()).isEqualTo("Research");
		assertThat(simulator.user("life.one@corp.example").phoneNumbers()).containsExactly(newNumber);
		assertThat(simulator.numberHolders()).doesNotContainKey(oldNumber);
	}

	@Test
	void terminateStripsTheLineAndDeactivatesThenRehireRestoresIt() {
		Person person = Events.person("L-2", "life.two@corp.example").build();
		provision(Events.event(EventType.HIRE, person));
		String number = simulator.user("life.two@corp.example").phoneNumbers().get(0);

		ProvisioningOutcome terminated = provision(Events.terminate(person, null));

		assertThat(terminated.getFinalState()).isEqualTo(FinalState.DEPROVISIONED);
		assertThat(terminated.getFailureReason()).isNull();
		assertThat(terminated.getZoomStatus()).isEqualTo("inactive");
		assertThat(stepsWith(terminated, StepStatus.SUCCEEDED)).contains("remove-number", "remove-calling-plan",
				"deactivate");
		SimulatedUser gone = simulator.user("life.two@corp.example");
		assertThat(gone.status()).isEqualTo("inactive");
		assertThat(gone.phoneNumbers()).isEmpty();
		assertThat(simulator.numberHolders()).doesNotContainKey(number);

		ProvisioningOutcome rehired = provision(Events.event(EventType.REHIRE, person));

		assertThat(rehired.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		assertThat(stepsWith(rehired, StepStatus.SUCCEEDED)).contains("activate", "assign-number");
		SimulatedUser back = simulator.user("life.two@corp.example");
		assertThat(back.status()).isEqualTo("active");
		assertThat(back.phoneNumbers()).hasSize(1);
		assertThat(back.callingPlans()).containsExactly(200);
	}

	@Test
	void futureDatedTerminationWaitsForItsDay() {
		Person person = Events.person("L-3", "life.three@corp.example").build();
		provision(Events.event(EventType.HIRE, person));
		IdentityEvent terminate = Events.terminate(person, LocalDate.now().plusDays(10));

		ProvisioningOutcome deferred = provision(terminate);

		assertThat(deferred.getFinalState()).isEqualTo(FinalState.SKIPPED);
		assertThat(deferred.getFailureReason()).contains("deferred");
		assertThat(simulator.user("life.three@corp.example").status()).isEqualTo("active");
		assertThat(this.dueEvents.emitDue()).isZero();

		this.clock.advance(Duration.ofDays(11));
		try {
			assertThat(this.dueEvents.emitDue()).isEqualTo(1);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> simulator.user("life.three@corp.example").status(), "inactive"::equals);
			// the re-emitted event keeps its id, so its second outcome replaces the
			// deferral's
			await().atMost(Duration.ofSeconds(30))
				.until(() -> outcomeOf(terminate).getFinalState(), FinalState.DEPROVISIONED::equals);
			assertThat(this.dueEvents.emitDue()).isZero();
		}
		finally {
			this.clock.advance(Duration.ofDays(-11));
		}
	}

	@Test
	void resumeFinishesThePhoneStepsOnceThePendingUserIsActive() {
		Person person = Events.person("L-4", "life.four@acquired.example").build();
		assertThat(provision(Events.event(EventType.HIRE, person)).getFinalState()).isEqualTo(FinalState.PENDING);
		simulator.activate("life.four@acquired.example");

		ProvisioningOutcome resumed = provision(Events.event(EventType.RESUME, person));

		assertThat(resumed.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		assertThat(simulator.user("life.four@acquired.example").phoneNumbers()).hasSize(1);
	}

	@Test
	void redriveRecreatesAPendingUserOnceItsDomainIsVerified() {
		Person person = Events.person("L-5", "life.five@later.example").build();
		simulator.setDomainStatus("later.example", "unverified");
		assertThat(provision(Events.event(EventType.HIRE, person)).getFinalState()).isEqualTo(FinalState.PENDING);
		simulator.verifyDomain("later.example");

		ProvisioningOutcome redriven = provision(Events.event(EventType.REDRIVE, person));

		assertThat(redriven.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		assertThat(stepsWith(redriven, StepStatus.SUCCEEDED)).contains("delete-pending", "sso-create");
		assertThat(simulator.users()).filteredOn((user) -> user.email().equals("life.five@later.example"))
			.singleElement()
			.satisfies((user) -> assertThat(user.status()).isEqualTo("active"));
	}

}

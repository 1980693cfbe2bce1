package dev.dialtone.worker.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.worker.support.Events;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.simulator.faults.FaultSpec;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RetryFlowTests extends FlowTestBase {

	@Autowired
	ZoomClient zoom;

	@Test
	void transientFailuresAreRetriedAndEachEmployeesEventsStayInOrder() {
		List<IdentityEvent> published = new ArrayList<>();
		simulator.faults(Map.of("*", new FaultSpec(null, null, 0.15, 503, null, null, null, 0.05, null)));
		try {
			for (int e = 0; e < 4; e++) {
				Person person = Events.person("R-" + e, "retry" + e + "@corp.example").build();
				published.add(pipeline.publish(Events.event(EventType.HIRE, person)));
				for (int change = 1; change <= 3; change++) {
					Person moved = Person.newBuilder(person).setDepartment("Dept-" + change).build();
					published.add(pipeline.publish(Events.event(EventType.UPDATE, moved)));
				}
			}
			await().atMost(Duration.ofSeconds(60)).until(() -> pipeline.answered(published));
		}
		finally {
			simulator.clearFaults();
		}

		List<ProvisioningOutcome> outcomes = published.stream()
			.map((event) -> pipeline.outcome(event.getEventId()).orElseThrow())
			.toList();
		assertThat(outcomes)
			.allSatisfy((outcome) -> assertThat(outcome.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY));
		assertThat(outcomes).flatExtracting(ProvisioningOutcome::getSteps)
			.anySatisfy((step) -> assertThat(step.getAttempt()).isGreaterThan(1));
		for (int e = 0; e < 4; e++) {
			String employee = "R-" + e;
			List<String> order = pipeline.all()
				.stream()
				.filter((outcome) -> outcome.getEmployeeId().equals(employee))
				.map(ProvisioningOutcome::getEventId)
				.toList();
			List<String> sent = published.stream()
				.filter((event) -> event.getPerson().getEmployeeId().equals(employee))
				.map(IdentityEvent::getEventId)
				.toList();
			assertThat(order).containsSubsequence(sent);
			assertThat(this.zoom.users().get("retry" + e + "@corp.example").body().dept()).isEqualTo("Dept-3");
		}
	}

	@Test
	void aNonRetryableFailureEndsFailedWithZoomsCodeAndMessage() {
		simulator.setPreProvisioning(false);
		ProvisioningOutcome outcome;
		try {
			outcome = provision(Events.hire("R-9", "retry9@corp.example"));
		}
		finally {
			simulator.setPreProvisioning(true);
		}

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.FAILED);
		assertThat(outcome.getEvidence().getCreateErrorCode()).isEqualTo(2002);
		assertThat(outcome.getSteps()).filteredOn((step) -> step.getName().equals("sso-create"))
			.singleElement()
			.satisfies((step) -> {
				assertThat(step.getZoomErrorCode()).isEqualTo(2002);
				assertThat(step.getZoomErrorMessage()).contains("Pre-provisioning");
				assertThat(step.getAttempt()).isEqualTo(1);
			});
	}

}

package dev.dialtone.local;

import java.time.Duration;
import java.util.List;

import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.control.RequestLogEntry;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two employees, one work email (differing only in case): the second hire must not take
 * over the first person's Zoom account, and terminating the second employee must not
 * touch it either.
 */
class EmailConflictEndToEndTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static RunningStack running;

	private static LocalStack stack;

	private static PipelineTally tally;

	private static ZoomSimulator zoom;

	@BeforeAll
	static void startStack() {
		running = RunningStack.start("email-conflict-logs", DemoSettings.options());
		stack = running.stack();
		tally = running.tally();
		zoom = running.zoom();
	}

	@AfterAll
	static void stopStack() {
		if (running != null) {
			running.close();
		}
	}

	@Test
	void aSecondEmployeeWithTheSameEmailEndsEmailConflictAndTheFirstPersonsAccountIsUntouched() {
		ProducerApi producer = running.producer();
		String first = producer.submit(event("HIRE", "E920001", "ada.collide@corp.example", "Ada", "Engineering"));
		await().atMost(Duration.ofSeconds(90)).until(() -> tally.outcome(first) != null);
		ProvisioningOutcome owner = tally.outcome(first);
		assertThat(owner.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		SimulatedUser before = zoom.user(owner.getZoomUserId());
		zoom.clearRequestLog();

		String impostor = producer.submit(event("HIRE", "E920002", "Ada.Collide@corp.example", "Other", "Impostor"));
		await().atMost(Duration.ofSeconds(90)).until(() -> tally.outcome(impostor) != null);
		ProvisioningOutcome conflict = tally.outcome(impostor);
		assertThat(conflict.getFinalState()).isEqualTo(FinalState.FAILED);
		assertThat(conflict.getFailureCause()).isEqualTo(FailureCause.EMAIL_CONFLICT);
		assertThat(conflict.getFacts()).containsEntry("conflictingEmployeeId", "E920001");

		String leaver = producer.submit(event("TERMINATE", "E920002", "ada.collide@corp.example", "Other", "Impostor"));
		await().atMost(Duration.ofSeconds(90)).until(() -> tally.outcome(leaver) != null);
		assertThat(tally.outcome(leaver).getFinalState()).isEqualTo(FinalState.FAILED);

		SimulatedUser after = zoom.user(owner.getZoomUserId());
		assertThat(after.status()).isEqualTo("active");
		assertThat(after.phoneNumbers()).isEqualTo(before.phoneNumbers()).isNotEmpty();
		assertThat(after.callingPlans()).isEqualTo(before.callingPlans()).isNotEmpty();
		assertThat(after.extensionNumber()).isEqualTo(before.extensionNumber());
		List<RequestLogEntry> writes = zoom.requestLog()
			.stream()
			.filter((entry) -> !entry.method().equals("GET"))
			.filter((entry) -> entry.path().contains(owner.getZoomUserId()))
			.toList();
		assertThat(writes).as("no Zoom write touched the first person's user").isEmpty();

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			PendingAnomaly anomaly = tally.anomaly("E920002");
			assertThat(anomaly).isNotNull();
			assertThat(anomaly.getCause()).isEqualTo(PendingCause.EMAIL_CONFLICT);
			assertThat(String.join(" ", anomaly.getRemediationSteps())).contains("E920001");
		});
	}

	private static JsonNode event(String type, String employeeId, String email, String firstName, String department) {
		return JSON.readTree("""
				{"type":"%s","person":{"employeeId":"%s","workEmail":"%s","firstName":"%s","lastName":"Collide",
				 "department":"%s","siteCode":"NYC",
				 "phone":{"extension":"allocate","callingPlanType":200,"number":"allocate"}}}
				""".formatted(type, employeeId, email, firstName, department));
	}

}

package dev.dialtone.local;

import java.time.Duration;
import java.util.List;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.Notification;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.ProvisioningOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a helpdesk is told is specific and reachable: a taken extension names who holds
 * it, and the consolidation link a person is mailed points at the auditor they can
 * actually reach.
 */
class HelpdeskStepsEndToEndTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static RunningStack running;

	@BeforeAll
	static void startStack() {
		running = RunningStack.start("helpdesk-steps-logs", new StackOptions(DemoSettings.options().workerArgs(),
				List.of("--dialtone.auditor.remediation.automate=EXISTING_PERSONAL_ACCOUNT")));
	}

	@AfterAll
	static void stopStack() {
		if (running != null) {
			running.close();
		}
	}

	@Test
	void aTakenExtensionIsReportedWithWhoHoldsIt() {
		String first = running.producer().submit(hire("E940001", "ext.first@corp.example", "\"1950\""));
		await().atMost(Duration.ofSeconds(90)).until(() -> running.tally().outcome(first) != null);
		assertThat(running.tally().outcome(first).getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);

		String second = running.producer().submit(hire("E940002", "ext.second@corp.example", "\"1950\""));
		await().atMost(Duration.ofSeconds(90)).until(() -> running.tally().outcome(second) != null);
		ProvisioningOutcome incomplete = running.tally().outcome(second);
		assertThat(incomplete.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_INCOMPLETE);
		assertThat(incomplete.getFacts()).containsEntry("extension", "1950")
			.hasEntrySatisfying("extensionHolder", (holder) -> assertThat(holder).contains("ext.first@corp.example"));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			PendingAnomaly anomaly = running.tally().anomaly("E940002");
			assertThat(anomaly).isNotNull();
			assertThat(String.join(" ", anomaly.getRemediationSteps())).contains("Extension 1950 is held by",
					"ext.first@corp.example");
		});
	}

	@Test
	void theConsolidationLinkPointsAtTheAuditorPeopleReach() {
		// an email of its own: the bundled sample's personal accounts may already belong
		// to
		// employees of another test class on the shared broker
		running.zoom().addPersonalAccount("quinn.personal@corp.example");
		running.producer().submit(hire("E940003", "quinn.personal@corp.example", "\"allocate\""));

		await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
			assertThat(running.tally().anomaly("E940003")).isNotNull();
			assertThat(running.tally().anomaly("E940003").getCause()).isEqualTo(PendingCause.EXISTING_PERSONAL_ACCOUNT);
			assertThat(running.tally().notifications()).extracting(Notification::getEmployeeId).contains("E940003");
		});
		Notification notice = running.tally()
			.notifications()
			.stream()
			.filter((n) -> n.getEmployeeId().equals("E940003"))
			.findFirst()
			.orElseThrow();
		assertThat(notice.getBody()).contains(running.stack().auditor().url() + "/consolidated/");
	}

	private static JsonNode hire(String employeeId, String email, String extension) {
		return JSON.readTree("""
				{"type":"HIRE","person":{"employeeId":"%s","workEmail":"%s","firstName":"Help","lastName":"Desk",
				 "siteCode":"NYC","phone":{"extension":%s,"callingPlanType":200,"number":"allocate"}}}
				""".formatted(employeeId, email, extension));
	}

}

package dev.dialtone.local;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.Notification;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.control.RequestLogEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With remediation automated, a domain whose verification lapses mid-run: every hire
 * after the change is held as DOMAIN_NOT_VERIFIED (never blamed on personal accounts, so
 * nothing is deleted and nobody is emailed), and once the domain is verified again every
 * held hire ends with a working phone line.
 */
class DomainLapseEndToEndTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int HIRES = 6;

	private static RunningStack running;

	private static LocalStack stack;

	private static PipelineTally tally;

	private static ZoomSimulator zoom;

	@BeforeAll
	static void startStack() {
		running = RunningStack.start("domain-lapse-logs", new StackOptions(DemoSettings.options().workerArgs(),
				List.of("--dialtone.auditor.remediation.automate=EXISTING_PERSONAL_ACCOUNT,DOMAIN_NOT_VERIFIED")));
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
	void aLapsedDomainHoldsItsHiresWithoutDeletingAnyoneAndReleasesThemOnceVerified() {
		ProducerApi producer = running.producer();
		String warmUp = producer.submit(hire("E930000", "lapse.warmup@corp.example"));
		await().atMost(Duration.ofSeconds(90)).until(() -> tally.outcome(warmUp) != null);
		assertThat(tally.outcome(warmUp).getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);

		zoom.setDomainStatus("corp.example", "unverified");
		zoom.clearRequestLog();
		List<String> held = IntStream.rangeClosed(1, HIRES)
			.mapToObj((i) -> producer.submit(hire("E93000" + i, "lapse.hire" + i + "@corp.example")))
			.toList();
		await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
			for (int i = 1; i <= HIRES; i++) {
				assertThat(tally.anomaly("E93000" + i)).as("anomaly of hire " + i).isNotNull();
				assertThat(tally.anomaly("E93000" + i).getCause()).isEqualTo(PendingCause.DOMAIN_NOT_VERIFIED);
			}
		});
		held.forEach((eventId) -> assertThat(tally.outcome(eventId).getFinalState()).isEqualTo(FinalState.PENDING));
		List<RequestLogEntry> deletions = zoom.requestLog()
			.stream()
			.filter((entry) -> entry.method().equals("DELETE") && entry.path().startsWith("/v2/users/"))
			.toList();
		assertThat(deletions).as("no pending user was disassociated").isEmpty();
		// other test classes share the broker: only this class's people count
		assertThat(tally.notifications()).extracting(Notification::getEmployeeId)
			.as("nobody was emailed about a personal account")
			.noneMatch((employee) -> employee.startsWith("E93000"));

		zoom.setDomainStatus("corp.example", "verified");
		await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> {
			for (int i = 1; i <= HIRES; i++) {
				assertThat(tally.latestOutcome("E93000" + i)).as("hire " + i).isNotNull();
				assertThat(tally.latestOutcome("E93000" + i).getFinalState()).as("hire " + i)
					.isEqualTo(FinalState.ACTIVE_PHONE_READY);
			}
		});
	}

	private static JsonNode hire(String employeeId, String email) {
		return JSON.readTree("""
				{"type":"HIRE","person":{"employeeId":"%s","workEmail":"%s","firstName":"Lapse","lastName":"Hire",
				 "siteCode":"NYC","phone":{"extension":"allocate","callingPlanType":200,"number":"allocate"}}}
				""".formatted(employeeId, email));
	}

}

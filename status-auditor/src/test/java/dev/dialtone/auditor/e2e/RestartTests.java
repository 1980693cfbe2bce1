package dev.dialtone.auditor.e2e;

import java.time.Duration;
import java.util.Map;

import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.support.AnomalyStates;
import dev.dialtone.auditor.support.Auditors;
import dev.dialtone.auditor.support.FakeWorker;
import dev.dialtone.auditor.support.TestTopics;
import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.zoom.client.users.CreateAction;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stops and restarts a real auditor: state comes back from the compacted topics, an
 * outcome published while it was down is handled, a redelivered outcome is not reported
 * again, and the back-off re-check (no webhooks seeded here) notices a user who turned
 * active meanwhile.
 */
class RestartTests {

	static final TestTopics topics = new TestTopics("restart");

	static final ZoomSimulator sim = ZoomSimulator.start(Seed.builder().build());

	static final AnomalyStates states = new AnomalyStates(topics);

	@AfterAll
	static void stopSimulator() {
		sim.close();
	}

	@Test
	void restartingTheAuditorNeitherLosesNorDuplicatesAnomalies() {
		ProvisioningOutcome first;
		ProvisioningOutcome second;
		try (FakeWorker worker = startWorkerWith(startAuditor())) {
			first = worker.hire("X1", "xena@acquired.example", CreateAction.SSO_CREATE);
			second = worker.hire("X2", "xavi@acquired.example", CreateAction.SSO_CREATE);
			await().atMost(Duration.ofSeconds(45)).until(() -> count("X1") == 1 && count("X2") == 1);
			running.close();

			// while the auditor is down: a new pending hire, and a redelivery of one it
			// already reported
			worker.hire("X3", "xiu@acquired.example", CreateAction.SSO_CREATE);
			TopicProbe.publish(topics.outcomes(), "X1", first);
			sim.activate("xavi@acquired.example");

			ConfigurableApplicationContext restarted = startAuditor();
			await().atMost(Duration.ofSeconds(45)).until(() -> count("X3") == 1);
			AnomalyLedger ledger = restarted.getBean(AnomalyLedger.class);
			assertThat(ledger.anomaly("X1")).as("state rebuilt from the compacted topic").isPresent();

			// re-check (no webhook in this world) resolves X2 and resumes it
			await().atMost(Duration.ofSeconds(45)).until(() -> states.lastStatus("X2") == AnomalyStatus.RESOLVED);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> worker.commands()
					.stream()
					.anyMatch(
							(c) -> c.getEventType() == EventType.RESUME && c.getPerson().getEmployeeId().equals("X2")));
			assertThat(states.last("X2").getResolution().getHow()).contains("re-check");

			assertThat(count("X1")).as("the redelivered outcome was not reported twice").isEqualTo(1);
			assertThat(states.of("X3").get(0).getAnomalyId()).isNotEqualTo(states.of("X1").get(0).getAnomalyId());
			assertThat(second.getZoomUserId()).isNotNull();
		}
		finally {
			running.close();
		}
	}

	private static ConfigurableApplicationContext running;

	private static ConfigurableApplicationContext startAuditor() {
		running = Auditors.start(topics, sim, Map.of());
		return running;
	}

	private static FakeWorker startWorkerWith(ConfigurableApplicationContext auditor) {
		return new FakeWorker(sim, topics);
	}

	/**
	 * How often the person was reported (first states of an anomaly): the domain hold, on
	 * by default, adds a REMEDIATING state of its own.
	 */
	private static long count(String employeeId) {
		return states.of(employeeId).stream().filter((a) -> a.getHistory().size() == 1).count();
	}

}

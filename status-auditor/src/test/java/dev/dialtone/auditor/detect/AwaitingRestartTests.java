package dev.dialtone.auditor.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.support.AnomalyStates;
import dev.dialtone.auditor.support.Auditors;
import dev.dialtone.auditor.support.Outcomes;
import dev.dialtone.auditor.support.TestTopics;
import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events awaiting an outcome survive a restart of a real auditor: its group had already
 * committed past them, yet the one never answered is reported after the restart, and
 * neither the one answered before nor the one answered while the auditor was down is.
 */
class AwaitingRestartTests {

	static final TestTopics topics = new TestTopics("awaiting");

	static final ZoomSimulator sim = ZoomSimulator.start(Seed.builder().build());

	static final AnomalyStates states = new AnomalyStates(topics);

	static final Map<String, Object> settings = Map.of("dialtone.auditor.outcome-deadline", "8s");

	@AfterAll
	static void stopSimulator() {
		sim.close();
	}

	@Test
	void anEventAwaitingItsOutcomeAtShutdownIsStillReportedAfterTheRestart() {
		ConfigurableApplicationContext first = Auditors.start(topics, sim, settings);
		String waiting;
		try {
			String answered = hire("W1");
			TopicProbe.publish(topics.outcomes(), "W1",
					Outcomes.outcome("W1", "w1@corp.example", FinalState.ACTIVE_PHONE_READY)
						.setEventId(answered)
						.build());
			waiting = hire("W2");
			String answeredWhileDown = hire("W3");
			ExpectationTracker tracker = first.getBean(ExpectationTracker.class);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> tracker.waitingCount() == 2
						&& first.getBean(AnomalyLedger.class).latestOutcome("W1").isPresent());
			first.close();
			TopicProbe.publish(topics.outcomes(), "W3",
					Outcomes.outcome("W3", "w3@corp.example", FinalState.ACTIVE_PHONE_READY)
						.setEventId(answeredWhileDown)
						.build());
		}
		finally {
			first.close();
		}

		try (ConfigurableApplicationContext restarted = Auditors.start(topics, sim, settings)) {
			await().atMost(Duration.ofSeconds(60)).until(() -> states.last("W2") != null);
			PendingAnomaly missing = states.last("W2");
			assertThat(missing.getKind()).isEqualTo(AnomalyKind.OUTCOME_MISSING);
			assertThat(missing.getSourceEventId()).isEqualTo(waiting);
			// all three were re-read together and due at the same tick: the answered two
			// are not awaited any more
			assertThat(restarted.getBean(ExpectationTracker.class).waitingCount()).isZero();
			assertThat(states.of("W1")).isEmpty();
			assertThat(states.of("W3")).isEmpty();
		}
	}

	private static String hire(String employeeId) {
		String eventId = UUID.randomUUID().toString();
		TopicProbe.publish(topics.identity(), employeeId,
				IdentityEvent.newBuilder()
					.setEventId(eventId)
					.setEventType(EventType.HIRE)
					.setOccurredAt(Instant.now())
					.setSourceSystem("workday")
					.setPerson(Outcomes.person(employeeId, employeeId.toLowerCase() + "@corp.example"))
					.build());
		return eventId;
	}

}

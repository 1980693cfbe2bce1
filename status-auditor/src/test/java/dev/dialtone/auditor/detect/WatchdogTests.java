package dev.dialtone.auditor.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.dialtone.auditor.AuditorApplication;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.support.AnomalyStates;
import dev.dialtone.auditor.support.Outcomes;
import dev.dialtone.auditor.support.TestTopics;
import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.Severity;
import dev.dialtone.zoom.client.ZoomClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The clockwork over the real broker: a user pending past the SLA escalates, and an
 * accepted identity event whose outcome never arrives becomes an OUTCOME_MISSING anomaly,
 * closed by whatever outcome finally comes for that event, which is then judged like any
 * other (a late PENDING is a pending anomaly of its own).
 */
@SpringBootTest(classes = AuditorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "dialtone.zoom.api-base-url=http://127.0.0.1:9/v2", "dialtone.auditor.tick=500ms",
				"dialtone.auditor.pending-sla=2s", "dialtone.auditor.outcome-deadline=2s",
				"dialtone.auditor.recheck-backoff=1h" })
class WatchdogTests {

	static final TestTopics topics = new TestTopics("watchdog");

	@Autowired
	private AnomalyLedger ledger;

	@Autowired
	private ZoomClient zoom;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		topics.register(registry);
	}

	/**
	 * (On this context rather than one of its own.) The auditor's calls come out of the
	 * account budget the workers spend: its client allows itself only its share.
	 */
	@Test
	void theAuditorsZoomClientSpendsOnlyItsShareOfTheAccountBudget() {
		assertThat(this.zoom.rateBudget().share()).isEqualTo(0.1);
	}

	@Test
	void aUserPendingLongerThanTheSlaEscalates() {
		TopicProbe.publish(topics.outcomes(), "D1",
				Outcomes.pending("D1", "dora@acquired.example", "zd1", "unverified"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> last("D1") != null && last("D1").getKind() == AnomalyKind.PENDING_SLA_BREACHED);
		PendingAnomaly breached = last("D1");
		assertThat(breached.getSeverity()).isEqualTo(Severity.CRITICAL);
		assertThat(breached.getCause()).isEqualTo(PendingCause.DOMAIN_NOT_VERIFIED);
		assertThat(breached.getHistory()).anyMatch((line) -> line.contains("SLA"));
	}

	@Test
	void anAcceptedEventWithoutOutcomeIsReportedAndClosedWhenTheOutcomeArrives() {
		String eventId = hire("D2", "dev@corp.example");
		await().atMost(Duration.ofSeconds(30)).until(() -> last("D2") != null);
		PendingAnomaly missing = last("D2");
		assertThat(missing.getKind()).isEqualTo(AnomalyKind.OUTCOME_MISSING);
		assertThat(missing.getCause()).isEqualTo(PendingCause.NO_OUTCOME);
		assertThat(missing.getSourceEventId()).isEqualTo(eventId);

		TopicProbe.publish(topics.outcomes(), "D2",
				Outcomes.outcome("D2", "dev@corp.example", FinalState.ACTIVE_PHONE_READY).setEventId(eventId).build());
		await().atMost(Duration.ofSeconds(30)).until(() -> last("D2").getStatus() == AnomalyStatus.RESOLVED);
	}

	@Test
	void aLatePendingOutcomeClosesTheMissingOneAndIsReportedAsPending() {
		String eventId = hire("D3", "dan@acquired.example");
		await().atMost(Duration.ofSeconds(30)).until(() -> last("D3") != null);
		PendingAnomaly missing = last("D3");
		assertThat(missing.getKind()).isEqualTo(AnomalyKind.OUTCOME_MISSING);

		TopicProbe.publish(topics.outcomes(), "D3",
				Outcomes.outcome("D3", "dan@acquired.example", FinalState.PENDING)
					.setEventId(eventId)
					.setZoomUserId("zd3")
					.setEvidence(Outcomes.evidence("dan@acquired.example", "unverified").build())
					.build());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> states("D3").stream().anyMatch((a) -> a.getKind() == AnomalyKind.PENDING_AFTER_CREATE));
		assertThat(states("D3")).anySatisfy((a) -> {
			assertThat(a.getAnomalyId()).isEqualTo(missing.getAnomalyId());
			assertThat(a.getStatus()).isEqualTo(AnomalyStatus.RESOLVED);
			assertThat(a.getResolution().getHow()).startsWith("outcome arrived late: PENDING");
		});
		assertThat(states("D3")).filteredOn((a) -> a.getKind() == AnomalyKind.PENDING_AFTER_CREATE)
			.first()
			.satisfies((a) -> {
				assertThat(a.getAnomalyId()).isNotEqualTo(missing.getAnomalyId());
				assertThat(a.getStatus()).isEqualTo(AnomalyStatus.OPEN);
				assertThat(a.getCause()).isEqualTo(PendingCause.DOMAIN_NOT_VERIFIED);
				assertThat(a.getSourceEventId()).isEqualTo(eventId);
			});
	}

	@Test
	void aLateFailedOutcomeClosesTheMissingOneAndOpensAFailedOne() {
		String eventId = hire("D4", "dee@corp.example");
		await().atMost(Duration.ofSeconds(30)).until(() -> last("D4") != null);
		assertThat(last("D4").getKind()).isEqualTo(AnomalyKind.OUTCOME_MISSING);

		TopicProbe.publish(topics.outcomes(), "D4",
				Outcomes.outcome("D4", "dee@corp.example", FinalState.FAILED)
					.setEventId(eventId)
					.setZoomStatus(null)
					.setFailureReason("site NYC unknown")
					.build());
		await().atMost(Duration.ofSeconds(30)).until(() -> last("D4").getKind() == AnomalyKind.OUTCOME_FAILED);
		assertThat(states("D4")).anySatisfy((a) -> {
			assertThat(a.getKind()).isEqualTo(AnomalyKind.OUTCOME_MISSING);
			assertThat(a.getResolution()).isNotNull();
			assertThat(a.getResolution().getHow()).startsWith("outcome arrived late: FAILED");
		});
		assertThat(last("D4").getStatus()).as("the failure itself is in front of a person")
			.isEqualTo(AnomalyStatus.OPEN);
		assertThat(last("D4").getCause()).isEqualTo(PendingCause.PROVISIONING_FAILED);
		assertThat(this.ledger.latestOutcome("D4"))
			.hasValueSatisfying((o) -> assertThat(o.getEventId()).isEqualTo(eventId));
	}

	private static String hire(String employeeId, String email) {
		String eventId = UUID.randomUUID().toString();
		TopicProbe.publish(topics.identity(), employeeId,
				IdentityEvent.newBuilder()
					.setEventId(eventId)
					.setEventType(EventType.HIRE)
					.setOccurredAt(Instant.now())
					.setSourceSystem("workday")
					.setPerson(Outcomes.person(employeeId, email))
					.build());
		return eventId;
	}

	private static List<PendingAnomaly> states(String employeeId) {
		return new AnomalyStates(topics).of(employeeId);
	}

	private static PendingAnomaly last(String employeeId) {
		return new AnomalyStates(topics).last(employeeId);
	}

}

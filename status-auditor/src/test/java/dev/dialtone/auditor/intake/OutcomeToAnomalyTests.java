package dev.dialtone.auditor.intake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.dialtone.auditor.AuditorApplication;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.support.Outcomes;
import dev.dialtone.auditor.support.TestTopics;
import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.ProvisioningOutcome;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton over the real broker and registry: a PENDING outcome becomes a
 * classified PendingAnomaly on the compacted topic and its cause route; a redelivered
 * outcome is not reported twice; a later good outcome resolves, and so does the person's
 * termination (nothing left to fix).
 */
@SpringBootTest(classes = AuditorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dialtone.zoom.api-base-url=http://127.0.0.1:9/v2", "dialtone.auditor.tick=1h" })
class OutcomeToAnomalyTests {

	static final TestTopics topics = new TestTopics("skeleton");

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		topics.register(registry);
	}

	@Test
	void pendingOutcomeBecomesAClassifiedAnomalyOnTheTopicAndItsCauseRoute() {
		ProvisioningOutcome outcome = Outcomes.pending("E100", "ada@acquired.example", "zu-100", "unverified");
		TopicProbe.publish(topics.outcomes(), "E100", outcome);

		List<ConsumerRecord<String, Object>> records = awaitAnomalyRecords("E100", 1);
		PendingAnomaly anomaly = (PendingAnomaly) records.get(0).value();
		assertThat(anomaly.getCause()).isEqualTo(PendingCause.DOMAIN_NOT_VERIFIED);
		assertThat(anomaly.getKind()).isEqualTo(AnomalyKind.PENDING_AFTER_CREATE);
		assertThat(anomaly.getStatus()).isEqualTo(AnomalyStatus.OPEN);
		assertThat(anomaly.getEmailDomain()).isEqualTo("acquired.example");
		assertThat(anomaly.getEvidence()).containsEntry("domainStatus", "unverified");
		assertThat(anomaly.getRemediationSteps()).isNotEmpty();
		assertThat(TopicProbe.header(records.get(0), AnomalyRouter.CAUSE_HEADER)).isEqualTo("DOMAIN_NOT_VERIFIED");
		assertThat(TopicProbe.readAll(topics.route(PendingCause.DOMAIN_NOT_VERIFIED))).extracting(ConsumerRecord::key)
			.contains("E100");
	}

	@Test
	void aRedeliveredOutcomeIsNotReportedTwiceAndALaterGoodOutcomeResolves() {
		ProvisioningOutcome outcome = Outcomes.pending("E101", "pat@corp.example", "zu-101", "verified");
		TopicProbe.publish(topics.outcomes(), "E101", outcome);
		TopicProbe.publish(topics.outcomes(), "E101", outcome);
		ProvisioningOutcome good = Outcomes.outcome("E101", "pat@corp.example", FinalState.ACTIVE_PHONE_READY).build();
		TopicProbe.publish(topics.outcomes(), "E101", good);

		List<ConsumerRecord<String, Object>> records = awaitAnomalyRecords("E101", 2);
		PendingAnomaly opened = (PendingAnomaly) records.get(0).value();
		PendingAnomaly resolved = (PendingAnomaly) records.get(1).value();
		assertThat(opened.getCause()).isEqualTo(PendingCause.EXISTING_PERSONAL_ACCOUNT);
		assertThat(resolved.getAnomalyId()).isEqualTo(opened.getAnomalyId());
		assertThat(resolved.getStatus()).isEqualTo(AnomalyStatus.RESOLVED);
		assertThat(resolved.getResolution().getTimeToResolutionMillis()).isNotNegative();
		assertThat(TopicProbe.readAll(topics.anomalies())).filteredOn((r) -> r.key().equals("E101")).hasSize(2);
	}

	@Test
	void anAnomalyOfAPersonTerminatedSinceIsResolvedAsSuperseded() {
		TopicProbe.publish(topics.outcomes(), "E103",
				Outcomes.pending("E103", "lee@acquired.example", "zu-103", "unverified"));
		ProvisioningOutcome left = Outcomes.outcome("E103", "lee@acquired.example", FinalState.DEPROVISIONED)
			.setEventType(EventType.TERMINATE)
			.setZoomUserId("zu-103")
			.setZoomStatus("inactive")
			.build();
		TopicProbe.publish(topics.outcomes(), "E103", left);

		// opened, held for the unverified domain (on by default), resolved
		List<ConsumerRecord<String, Object>> records = awaitAnomalyRecords("E103", 3);
		PendingAnomaly opened = (PendingAnomaly) records.get(0).value();
		PendingAnomaly resolved = (PendingAnomaly) records.get(2).value();
		assertThat(resolved.getAnomalyId()).isEqualTo(opened.getAnomalyId());
		assertThat(resolved.getStatus()).isEqualTo(AnomalyStatus.RESOLVED);
		assertThat(resolved.getResolution().getHow())
			.isEqualTo("superseded: person left; nothing to fix (TERMINATE " + left.getEventId() + ")");
	}

	@Test
	void aPoisonRecordGoesToTheDeadLetterTopicWithItsOriginInSpringKafkasHeaders() {
		TopicProbe.publishRaw(topics.outcomes(), "E102", "not avro at all".getBytes(StandardCharsets.UTF_8));
		ProvisioningOutcome after = Outcomes.pending("E102", "bob@acquired.example", "zu-102", "unverified");
		TopicProbe.publish(topics.outcomes(), "E102", after);

		await().atMost(Duration.ofSeconds(60)).until(() -> !TopicProbe.readRaw(topics.outcomes() + "-dlt").isEmpty());
		ConsumerRecord<String, byte[]> dead = TopicProbe.readRaw(topics.outcomes() + "-dlt").get(0);
		ConsumerRecord<String, byte[]> poison = TopicProbe.readRaw(topics.outcomes())
			.stream()
			.filter((r) -> "not avro at all".equals(new String(r.value(), StandardCharsets.UTF_8)))
			.findFirst()
			.orElseThrow();
		assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("not avro at all");
		assertThat(dead.key()).isEqualTo("E102");
		Headers headers = dead.headers();
		assertThat(text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(topics.outcomes());
		assertThat(ByteBuffer.wrap(bytes(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION)).getInt())
			.isEqualTo(poison.partition());
		assertThat(ByteBuffer.wrap(bytes(headers, KafkaHeaders.DLT_ORIGINAL_OFFSET)).getLong())
			.isEqualTo(poison.offset());
		assertThat(ByteBuffer.wrap(bytes(headers, KafkaHeaders.DLT_ORIGINAL_TIMESTAMP)).getLong())
			.isEqualTo(poison.timestamp());
		assertThat(text(headers, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP)).isEqualTo("auditor-skeleton");
		assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_FQCN)).endsWith("DeserializationException");
		List<ConsumerRecord<String, Object>> e102 = awaitAnomalyRecords("E102", 3);
		assertThat(e102).as("the next record is still processed")
			.anySatisfy((r) -> assertThat(((PendingAnomaly) r.value()).getKind())
				.isEqualTo(AnomalyKind.PENDING_AFTER_CREATE));
		assertThat(e102).as("and the dead letter is in front of a person")
			.anySatisfy((r) -> assertThat(((PendingAnomaly) r.value()).getKind()).isEqualTo(AnomalyKind.DEAD_LETTERED));
	}

	private static byte[] bytes(Headers headers, String name) {
		assertThat(headers.lastHeader(name)).as(name).isNotNull();
		return headers.lastHeader(name).value();
	}

	private static String text(Headers headers, String name) {
		return new String(bytes(headers, name), StandardCharsets.UTF_8);
	}

	private static List<ConsumerRecord<String, Object>> awaitAnomalyRecords(String employeeId, int count) {
		List<List<ConsumerRecord<String, Object>>> found = new ArrayList<>();
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			List<ConsumerRecord<String, Object>> records = TopicProbe.readAll(topics.anomalies())
				.stream()
				.filter((r) -> r.key().equals(employeeId))
				.toList();
			found.add(records);
			return records.size() >= count;
		});
		return found.get(found.size() - 1);
	}

}

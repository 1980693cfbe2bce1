package dev.dialtone.auditor.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import dev.dialtone.auditor.support.Outcomes;
import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.AuditRecord;
import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.Notification;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.PendingIncident;
import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.zoom.client.users.CreateAction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.KafkaHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every automated action on the right person for the right reason, over the real broker,
 * registry and simulator: a domain whose verification lapses mid-run while the worker
 * reports cached "verified" evidence is never blamed on personal accounts and its hires
 * are re-driven once it verifies, its incident outliving its window until then; a FAILED
 * outcome and dead-lettered records are anomalies people see, closed by a later success.
 */
class RightPersonScenarioTests extends ScenarioContext {

	private static final Duration AT_MOST = Duration.ofSeconds(60);

	private static final List<String> LAPSED = List.of("LP1", "LP2", "LP3", "LP4", "LP5", "LP6");

	@Test
	void aDomainThatLapsesMidRunHoldsItsHiresAndReDrivesThemOnceVerifiedAgain() {
		worker.cacheDomainEvidence(true);
		assertThat(worker.hire("LP0", "lena@lapse.example", CreateAction.SSO_CREATE).getFinalState())
			.isEqualTo(FinalState.ACTIVE_PHONE_READY);
		sim.setDomainStatus("lapse.example", "unverified");
		LAPSED.forEach((id) -> assertThat(worker.hire(id, id.toLowerCase() + "@lapse.example", CreateAction.SSO_CREATE)
			.getEvidence()
			.getDomainStatus()).as("the worker's cached evidence").isEqualTo("verified"));
		worker.cacheDomainEvidence(false);

		await().atMost(AT_MOST).until(() -> LAPSED.stream().allMatch((id) -> last(id) != null && domainHeld(id)));
		LAPSED.forEach((id) -> assertThat(anomalies(id)).as(id)
			.allSatisfy((a) -> assertThat(a.getCause()).isEqualTo(PendingCause.DOMAIN_NOT_VERIFIED)));
		assertThat(auditActions(LAPSED)).doesNotContain("disassociate-pending-user", "notify-person");
		assertThat(TopicProbe.readAll(topics.notifications()))
			.noneMatch((r) -> r.value() instanceof Notification n && n.getEmployeeId().startsWith("LP"));
		LAPSED.forEach((id) -> assertThat(worker.zoom().users().find(id.toLowerCase() + "@lapse.example").body())
			.as("pending user of %s kept", id)
			.isPresent());
		PendingIncident incident = incident("lapse.example");
		assertThat(incident.getLikelyCause()).isEqualTo(PendingCause.DOMAIN_NOT_VERIFIED);
		await().during(Duration.ofSeconds(5))
			.atMost(AT_MOST)
			.until(() -> lastIncident(incident.getIncidentId()).getClosedAt() == null);

		sim.verifyDomain("lapse.example");

		await().atMost(AT_MOST).until(() -> LAPSED.stream().allMatch((id) -> lastStatus(id) == AnomalyStatus.RESOLVED));
		LAPSED.forEach((id) -> assertThat(worker.commands())
			.anyMatch((c) -> c.getEventType() == EventType.REDRIVE && c.getPerson().getEmployeeId().equals(id)));
		await().atMost(AT_MOST).until(() -> lastIncident(incident.getIncidentId()).getClosedAt() != null);
		assertThat(lastIncident(incident.getIncidentId()).getSummary())
			.contains("resolved: managed_domains reports lapse.example verified", "time to resolve");
	}

	@Test
	void aFailedOutcomeIsListedWithStepsNamingTheConflictingEmployeeAndALaterSuccessResolvesIt() throws Exception {
		TopicProbe.publish(topics.outcomes(), "F1",
				Outcomes.outcome("F1", "fay@corp.example", FinalState.FAILED)
					.setZoomStatus(null)
					.setFailureCause(FailureCause.EMAIL_CONFLICT)
					.setFailureReason("fay@corp.example belongs to the Zoom user of E-F2")
					.setFacts(Map.of("conflictingEmployeeId", "E-F2", "zoomUserId", "zu-f2"))
					.build());

		await().atMost(AT_MOST).until(() -> get("/api/v1/anomalies?kind=OUTCOME_FAILED").contains("\"F1\""));
		String listed = get("/api/v1/anomalies/F1");
		assertThat(listed).contains("\"kind\":\"OUTCOME_FAILED\"", "\"cause\":\"EMAIL_CONFLICT\"",
				"In HR, correct the work email of F1 or of E-F2");

		TopicProbe.publish(topics.outcomes(), "F1",
				Outcomes.outcome("F1", "fay@corp.example", FinalState.ACTIVE_PHONE_READY).build());
		await().atMost(AT_MOST).until(() -> lastStatus("F1") == AnomalyStatus.RESOLVED);
	}

	@Test
	void deadLetteredRecordsBecomeAnomaliesWithTheirOrigin() throws Exception {
		TopicProbe.publishRaw(topics.outcomes(), "DL1", "not avro".getBytes(StandardCharsets.UTF_8));
		publishDeadLetter(topics.identityDlt(), "DL2");

		await().atMost(AT_MOST).until(() -> last("DL1") != null && last("DL2") != null);
		assertThat(last("DL1").getKind()).isEqualTo(AnomalyKind.DEAD_LETTERED);
		assertThat(last("DL1").getEvidence()).containsEntry("originalTopic", topics.outcomes());
		assertThat(last("DL2").getCause()).isEqualTo(PendingCause.DEAD_LETTERED);
		assertThat(last("DL2").getEvidence()).containsEntry("originalTopic", topics.identity())
			.containsEntry("originalPartition", "3")
			.containsEntry("originalOffset", "42")
			.containsEntry("exception", "org.apache.avro.AvroTypeException");
		assertThat(get("/api/v1/anomalies?kind=DEAD_LETTERED")).contains("\"DL1\"", "\"DL2\"");
	}

	private static boolean domainHeld(String id) {
		return last(id).getCause() == PendingCause.DOMAIN_NOT_VERIFIED && lastStatus(id) == AnomalyStatus.REMEDIATING;
	}

	private static PendingIncident incident(String scope) {
		return TopicProbe
			.awaitValues(topics.incidents(), PendingIncident.class,
					(all) -> all.stream().anyMatch((i) -> i.getScope().equals(scope)), AT_MOST)
			.stream()
			.filter((i) -> i.getScope().equals(scope))
			.findFirst()
			.orElseThrow();
	}

	private static PendingIncident lastIncident(String incidentId) {
		return TopicProbe.readAll(topics.incidents())
			.stream()
			.map((r) -> (PendingIncident) r.value())
			.filter((i) -> i.getIncidentId().equals(incidentId))
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	private static List<String> auditActions(List<String> employees) {
		return TopicProbe.readAll(topics.audit())
			.stream()
			.filter((r) -> employees.contains(r.key()))
			.map((r) -> ((AuditRecord) r.value()).getAction())
			.toList();
	}

	/** Reads the API as a viewer machine client signed in at the identity provider. */
	private String get(String path) throws Exception {
		String token = idp.machineToken("dashboard", "dashboard-secret");
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Authorization", "Bearer " + token)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	/**
	 * A record as the worker's dead-letter publisher writes it, with Spring's headers.
	 */
	private static void publishDeadLetter(String topic, String key) throws Exception {
		Properties props = new Properties();
		props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPlatform.shared().bootstrapServers());
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
				new ByteArraySerializer())) {
			ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, new byte[] { 0, 1, 2 });
			record.headers()
				.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, topics.identity().getBytes(StandardCharsets.UTF_8))
				.add(KafkaHeaders.DLT_ORIGINAL_PARTITION, ByteBuffer.allocate(4).putInt(3).array())
				.add(KafkaHeaders.DLT_ORIGINAL_OFFSET, ByteBuffer.allocate(8).putLong(42).array())
				.add(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, "dialtone-worker".getBytes(StandardCharsets.UTF_8))
				.add(KafkaHeaders.DLT_EXCEPTION_FQCN,
						"org.apache.avro.AvroTypeException".getBytes(StandardCharsets.UTF_8))
				.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, "unknown event type".getBytes(StandardCharsets.UTF_8));
			producer.send(record).get();
		}
	}

}

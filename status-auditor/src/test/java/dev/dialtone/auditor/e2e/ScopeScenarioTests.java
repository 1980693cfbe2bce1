package dev.dialtone.auditor.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import dev.dialtone.auditor.support.Outcomes;
import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.zoom.simulator.seed.Seed;
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
 * Missing Zoom scopes, as the helpdesk and the admin see them: a worker outcome FAILED
 * MISSING_SCOPE becomes an anomaly saying which scope to add and where; the auditor's own
 * Zoom calls refused for a scope are listed on the API and counted, not swallowed.
 */
class ScopeScenarioTests extends ScenarioContext {

	@Test
	void aMissingScopeOutcomeTellsTheAdminWhichScopeToAddAndWhere() {
		TopicProbe.publish(topics.outcomes(), "SC1", Outcomes.outcome("SC1", "sc.one@corp.example", FinalState.FAILED)
			.setFailureCause(FailureCause.MISSING_SCOPE)
			.setFailureReason("Zoom refused PATCH /phone/users/{userId} (step set-extension) with code 4711: the Zoom"
					+ " Server-to-Server app lacks the scope phone:update:user:admin")
			.setFacts(Map.of("missingScope", "phone:update:user:admin", "acceptedScopes",
					"phone:update:user phone:update:user:admin", "refusedZoomCall", "PATCH /phone/users/{userId}"))
			.build());

		PendingAnomaly anomaly = await().atMost(Duration.ofSeconds(45))
			.until(() -> anomalies("SC1").isEmpty() ? null : anomalies("SC1").get(0), (a) -> a != null);
		assertThat(anomaly.getCause()).isEqualTo(PendingCause.PROVISIONING_FAILED);
		assertThat(anomaly.getEvidence()).containsEntry("failureCause", "MISSING_SCOPE");
		assertThat(String.join("\n", anomaly.getRemediationSteps())).contains("lacks the scope phone:update:user:admin",
				"Zoom accepts any of phone:update:user, phone:update:user:admin",
				"adds phone:update:user:admin to the app in the Zoom App Marketplace",
				"Server-to-Server OAuth app > Scopes", "POST /actuator/deadletters");
	}

	@Test
	void theAuditorsOwnCallRefusedForAScopeIsListedAndCountedUntilTheScopeIsBack() throws Exception {
		sim.setGrantedScopes(Seed.builder().withoutScope("user:read:admin").build().credentials().scopes());
		sim.expireTokens();
		try {
			TopicProbe.publish(topics.outcomes(), "SC2",
					Outcomes.outcome("SC2", "sc.two@corp.example", FinalState.PENDING).setZoomUserId("zu-sc2").build());
			await().atMost(Duration.ofSeconds(45))
				.until(() -> get("/api/v1/zoom/missing-scopes").contains("user:read:user:admin"));
			String listed = get("/api/v1/zoom/missing-scopes");
			assertThat(listed).contains("\"call\":\"GET /users/{userId}\"", "\"scope\":\"user:read:user:admin\"",
					"Zoom App Marketplace");
			assertThat(page("/actuator/prometheus")).contains("dialtone_auditor_zoom_missing_scope_total")
				.contains("scope=\"user:read:user:admin\"");
			PendingAnomaly anomaly = await().atMost(Duration.ofSeconds(45))
				.until(() -> anomalies("SC2").isEmpty() ? null : anomalies("SC2").get(0), (a) -> a != null);
			assertThat(anomaly.getEvidence().values()).anySatisfy((v) -> assertThat(v).contains("MISSING_SCOPE"));
		}
		finally {
			sim.setGrantedScopes(Seed.Credentials.DEFAULT_SCOPES);
			sim.expireTokens();
		}
		TopicProbe.publish(topics.outcomes(), "SC3",
				Outcomes.outcome("SC3", "sc.three@corp.example", FinalState.PENDING).setZoomUserId("zu-sc3").build());
		await().atMost(Duration.ofSeconds(45)).until(() -> get("/api/v1/zoom/missing-scopes").equals("[]"));
	}

	@Test
	void theWorkersDeadLetterForAMissingScopeCarriesTheScopeAdviceNotTheGenericOne() throws Exception {
		Properties props = new Properties();
		props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPlatform.shared().bootstrapServers());
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
				new ByteArraySerializer())) {
			ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.identityDlt(), "SC4", new byte[] { 0 });
			record.headers()
				.add(KafkaHeaders.DLT_EXCEPTION_FQCN,
						"dev.dialtone.worker.deadletter.MissingScopeDeadLetter".getBytes(StandardCharsets.UTF_8))
				.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE,
						"the Zoom Server-to-Server app lacks the scope phone:write:user_number:admin"
							.getBytes(StandardCharsets.UTF_8));
			producer.send(record).get();
		}
		PendingAnomaly anomaly = await().atMost(Duration.ofSeconds(45))
			.until(() -> anomalies("SC4").isEmpty() ? null : anomalies("SC4").get(0), (a) -> a != null);
		assertThat(anomaly.getRemediationSteps().get(0)).contains("lacks the scope phone:write:user_number:admin");
		assertThat(String.join("\n", anomaly.getRemediationSteps())).contains("POST /actuator/deadletters")
			.doesNotContain("schema mismatch");
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

	private String page(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}

package dev.dialtone.worker.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import dev.dialtone.idp.LocalIdentityProvider;
import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.worker.WorkerApplication;
import dev.dialtone.worker.support.WorkerTestSupport;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator signs callers in for real: bearer JWTs from an OpenID provider on
 * loopback, roles from its groups claim.
 */
@SpringBootTest(classes = WorkerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActuatorSecurityTests {

	static final String PREFIX = "security";

	static final ZoomSimulator simulator = ZoomSimulator.start(Seed.builder().plan("UNLIMITED").build());

	static final LocalIdentityProvider idp = LocalIdentityProvider.start()
		.addMachineClient("ops-bot", "s", "dialtone-operators")
		.addMachineClient("viewer-bot", "s", "dialtone-viewers");

	final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		WorkerTestSupport.register(registry, PREFIX, simulator);
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", idp::issuerUri);
	}

	@AfterAll
	static void stop() {
		idp.close();
	}

	@Test
	void onlyAnOperatorsTokenRedrivesTheDeadLetters() throws Exception {
		deadLetter("not an identity event");

		HttpResponse<String> anonymous = send(post("/actuator/deadletters"));
		HttpResponse<String> viewer = send(
				post("/actuator/deadletters").header("Authorization", "Bearer " + idp.machineToken("viewer-bot", "s")));
		HttpResponse<String> operator = send(
				post("/actuator/deadletters").header("Authorization", "Bearer " + idp.machineToken("ops-bot", "s")));

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(viewer.statusCode()).isEqualTo(403);
		assertThat(operator.statusCode()).isEqualTo(200);
		assertThat(operator.body()).as("the record the refused calls left in place").contains("\"redriven\":1");
	}

	@Test
	void aForgedOrGarbageTokenIsRefused() throws Exception {
		String[] parts = idp.machineToken("viewer-bot", "s").split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("dialtone-viewers", "dialtone-operators");
		String forged = parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2];

		assertThat(send(post("/actuator/deadletters").header("Authorization", "Bearer " + forged)).statusCode())
			.isEqualTo(401);
		assertThat(send(get("/actuator/metrics").header("Authorization", "Bearer not-a-jwt")).statusCode())
			.isEqualTo(401);
	}

	@Test
	void anonymousHealthShowsNoDetailsButASignedInCallerSeesThem() throws Exception {
		HttpResponse<String> anonymous = send(get("/actuator/health"));
		HttpResponse<String> viewer = send(
				get("/actuator/health").header("Authorization", "Bearer " + idp.machineToken("viewer-bot", "s")));

		assertThat(anonymous.statusCode()).isEqualTo(200);
		assertThat(anonymous.body()).contains("\"status\"").doesNotContain("components", "diskSpace", "path");
		assertThat(viewer.body()).contains("components", "diskSpace");
	}

	@Test
	void prometheusIsScrapeableWithoutCredentialsAndOtherEndpointsAreNot() throws Exception {
		assertThat(send(get("/actuator/prometheus")).statusCode()).isEqualTo(200);
		assertThat(send(get("/actuator/metrics")).statusCode()).isEqualTo(401);
		assertThat(
				send(get("/actuator/metrics").header("Authorization", "Bearer " + idp.machineToken("viewer-bot", "s")))
					.statusCode())
			.isEqualTo(200);
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET();
	}

	private HttpRequest.Builder post(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.POST(HttpRequest.BodyPublishers.noBody());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void deadLetter(String value) throws Exception {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				LocalPlatform.shared().bootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
			producer
				.send(new ProducerRecord<>(PREFIX + ".identity-dlt", "SEC-" + UUID.randomUUID(),
						value.getBytes(StandardCharsets.UTF_8)))
				.get();
		}
	}

}

package dev.dialtone.producer.publish;

import java.time.Duration;
import java.util.UUID;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.platform.KafkaBroker;
import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.producer.ProducerHttp;
import dev.dialtone.producer.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Runs the producer against a broker of its own that the test stops and restarts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrokerDownTests {

	static final String TOPIC = "test.broker-down." + UUID.randomUUID();

	static final KafkaBroker broker = KafkaBroker.start();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
		registry.add("spring.kafka.properties.schema.registry.url", LocalPlatform.shared()::registryUrl);
		registry.add("spring.kafka.producer.properties.max.block.ms", () -> "2000");
		registry.add("spring.kafka.producer.properties.request.timeout.ms", () -> "1500");
		registry.add("spring.kafka.producer.properties.delivery.timeout.ms", () -> "3000");
		registry.add("dialtone.producer.publish-timeout", () -> "5s");
		registry.add("dialtone.producer.retry-after", () -> "3s");
		registry.add("dialtone.producer.topic", () -> TOPIC);
		registry.add("dialtone.producer.sources.demo.bearer-token", () -> "demo-token");
	}

	@AfterAll
	static void stopBroker() {
		broker.close();
	}

	static String hire(String employeeId) {
		return """
				{"type":"HIRE","occurredAt":"2026-11-30T07:00:00Z",
				 "person":{"employeeId":"%s","workEmail":"%s@corp.example","siteCode":"NYC"}}""".formatted(employeeId,
				employeeId.toLowerCase());
	}

	@Test
	void shouldAnswer503WhileKafkaIsDownAndLoseNothingOnceItIsBack() {
		ProducerHttp http = new ProducerHttp(this.port);
		assertThat(http.post("/api/v1/events", hire("E-BEFORE"), "Authorization", "Bearer demo-token").statusCode())
			.isEqualTo(202);

		broker.stop();
		long started = System.nanoTime();
		var duringOutage = http.post("/api/v1/events", hire("E-DURING"), "Authorization", "Bearer demo-token");

		assertThat(duringOutage.statusCode()).isEqualTo(503);
		assertThat(duringOutage.headers().firstValue("Retry-After")).hasValue("3");
		assertThat(duringOutage.body()).contains("kafka_unavailable");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));

		broker.restart();
		// the client does what the 503 asks: retries the same request until it is stored
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> http.post("/api/v1/events", hire("E-DURING"), "Authorization", "Bearer demo-token")
				.statusCode() == 202);

		assertThat(TopicRecords.read(broker.bootstrapServers(), LocalPlatform.shared().registryUrl(), TOPIC))
			.extracting(ConsumerRecord::key)
			.containsExactlyInAnyOrder("E-BEFORE", "E-DURING");
		assertThat(TopicRecords.events(broker.bootstrapServers(), LocalPlatform.shared().registryUrl(), TOPIC))
			.extracting(IdentityEvent::getEventId)
			.doesNotHaveDuplicates();
	}

}

package dev.dialtone.producer.publish;

import dev.dialtone.producer.IntakeTestSupport;
import dev.dialtone.producer.ProducerHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.dialtone.producer.IntakeTestSupport.eventsFor;
import static dev.dialtone.producer.IntakeTestSupport.uniqueEmployeeId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record the Kafka client refuses as too large is the client's input problem: 413, no
 * Retry-After, never the 503 that would make it retry forever. (Field limits keep real
 * events far below Kafka's 1 MB; a tiny max.request.size makes one too large here.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.kafka.producer.properties.max.request.size=300")
class RecordTooLargeTests {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		IntakeTestSupport.properties(registry);
	}

	@Test
	void shouldAnswer413NotA503WhenTheRecordIsTooLarge() {
		String employeeId = uniqueEmployeeId();
		String body = """
				{"type":"HIRE","person":{"employeeId":"%s","workEmail":"a@corp.example","firstName":"%s",
				 "lastName":"%s","department":"%s","jobTitle":"%s"}}""".formatted(employeeId, "F".repeat(64),
				"L".repeat(64), "D".repeat(128), "T".repeat(128));

		var response = new ProducerHttp(this.port).post("/api/v1/events", body, "Authorization",
				"Bearer " + IntakeTestSupport.DEMO_TOKEN);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Retry-After")).isEmpty();
		assertThat(response.body()).contains("record_too_large");
		assertThat(eventsFor(employeeId)).isEmpty();
	}

}

package dev.dialtone.producer.publish;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.producer.ProducerApplication;
import dev.dialtone.producer.ProducerHttp;
import dev.dialtone.producer.TopicRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two producer instances on the same topics, as deployed behind one load balancer: an
 * event accepted by one and retried on the other, or on either after a restart, is
 * published once and answered as a duplicate the same way; a reused id with other content
 * is a 409 wherever it lands.
 */
class SharedIdempotencyTests {

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	private final String identityTopic = "test.identity-events.shared-" + this.suffix;

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@AfterEach
	void stopInstances() {
		this.instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void anEventAcceptedByOneInstanceIsADuplicateOnTheOtherAndAfterARestart() {
		ConfigurableApplicationContext a = start();
		ConfigurableApplicationContext b = start();
		String employeeId = "E" + this.suffix;
		String eventId = "evt-" + this.suffix;

		HttpResponse<String> accepted = post(a, hire(eventId, employeeId, "Engineering"));
		HttpResponse<String> retriedOnA = post(a, hire(eventId, employeeId, "Engineering"));
		HttpResponse<String> retriedOnB = post(b, hire(eventId, employeeId, "Engineering"));
		HttpResponse<String> changedOnB = post(b, hire(eventId, employeeId, "Finance"));

		String scoped = "demo:" + eventId;
		assertThat(accepted.statusCode()).isEqualTo(202);
		assertThat(accepted.body()).isEqualTo("{\"eventIds\":[\"" + scoped + "\"],\"duplicates\":[]}");
		assertThat(retriedOnA.body())
			.isEqualTo("{\"eventIds\":[\"" + scoped + "\"],\"duplicates\":[\"" + scoped + "\"]}");
		// the other instance answers the retry exactly as the accepting one does
		assertThat(retriedOnB.statusCode()).isEqualTo(202);
		assertThat(retriedOnB.body()).isEqualTo(retriedOnA.body());
		assertThat(changedOnB.statusCode()).isEqualTo(409);
		assertThat(changedOnB.body()).contains("event_id_conflict").contains(scoped);

		this.instances.remove(a);
		a.close();
		b.close();
		this.instances.remove(b);
		ConfigurableApplicationContext restarted = start();
		HttpResponse<String> afterRestart = post(restarted, hire(eventId, employeeId, "Engineering"));
		HttpResponse<String> changedAfterRestart = post(restarted, hire(eventId, employeeId, "Finance"));

		assertThat(afterRestart.statusCode()).isEqualTo(202);
		assertThat(afterRestart.body()).isEqualTo(retriedOnA.body());
		assertThat(changedAfterRestart.statusCode()).isEqualTo(409);
		assertThat(eventsFor(employeeId)).as("records of %s on the identity topic", employeeId)
			.singleElement()
			.satisfies((event) -> assertThat(event.getEventId()).isEqualTo(scoped));
	}

	@Test
	void retriesOfManyEventsSpreadOverBothInstancesPublishEachOnce() {
		ConfigurableApplicationContext a = start();
		ConfigurableApplicationContext b = start();
		List<String> people = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String employeeId = "M" + i + "-" + this.suffix;
			people.add(employeeId);
			String body = hire("evt-" + employeeId, employeeId, "Engineering");
			// first on one instance, the client's retry on the other, in both orders
			assertThat(post((i % 2 == 0) ? a : b, body).statusCode()).isEqualTo(202);
			assertThat(post((i % 2 == 0) ? b : a, body).body()).contains("\"duplicates\":[\"demo:evt-" + employeeId);
		}

		for (String employeeId : people) {
			assertThat(eventsFor(employeeId)).as("records of %s", employeeId).hasSize(1);
		}
	}

	private ConfigurableApplicationContext start() {
		LocalPlatform platform = LocalPlatform.shared();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ProducerApplication.class).run(
				"--server.port=0", "--spring.kafka.bootstrap-servers=" + platform.bootstrapServers(),
				"--spring.kafka.properties.schema.registry.url=" + platform.registryUrl(),
				"--dialtone.producer.topic=" + this.identityTopic,
				"--dialtone.producer.scim-users-topic=test.scim-users.shared-" + this.suffix,
				"--dialtone.producer.employee-sources-topic=test.employee-sources.shared-" + this.suffix,
				"--dialtone.producer.event-ids-topic=test.event-ids.shared-" + this.suffix,
				"--dialtone.producer.sources.demo.bearer-token=demo-token");
		this.instances.add(context);
		return context;
	}

	private static HttpResponse<String> post(ConfigurableApplicationContext instance, String body) {
		int port = Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
		return new ProducerHttp(port).post("/api/v1/events", body, "Authorization", "Bearer demo-token");
	}

	private List<IdentityEvent> eventsFor(String employeeId) {
		LocalPlatform platform = LocalPlatform.shared();
		return TopicRecords.read(platform.bootstrapServers(), platform.registryUrl(), this.identityTopic)
			.stream()
			.filter((record) -> employeeId.equals(record.key()))
			.map((record) -> record.value())
			.toList();
	}

	private static String hire(String eventId, String employeeId, String department) {
		return """
				{"eventId":"%s","type":"HIRE","occurredAt":"2026-11-30T07:00:00Z",
				 "person":{"employeeId":"%s","workEmail":"shared.%s@corp.example","firstName":"Ada","lastName":"Lovelace",
				   "department":"%s","siteCode":"NYC"}}"""
			.formatted(eventId, employeeId, employeeId.toLowerCase(), department);
	}

}

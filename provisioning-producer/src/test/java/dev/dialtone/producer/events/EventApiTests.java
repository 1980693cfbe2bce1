package dev.dialtone.producer.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.NumberAssignment;
import dev.dialtone.producer.IntakeTestSupport;
import dev.dialtone.producer.ProducerHttp;
import dev.dialtone.producer.auth.HmacSignature;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.dialtone.producer.IntakeTestSupport.eventsFor;
import static dev.dialtone.producer.IntakeTestSupport.uniqueEmployeeId;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventApiTests {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		IntakeTestSupport.properties(registry);
	}

	static String hire(String employeeId) {
		return """
				{"type":"HIRE","occurredAt":"2026-11-30T07:00:00Z","correlationId":"req-1",
				 "person":{"employeeId":" %s ","workEmail":"Ada.Lovelace@Corp.Example ","firstName":"Ada","lastName":"Lovelace",
				   "department":"Engineering","jobTitle":"Engineer","siteCode":"nyc","effectiveDate":"2026-12-01",
				   "phone":{"extension":"allocate","callingPlanType":200,"number":"allocate"}}}"""
			.formatted(employeeId);
	}

	ProducerHttp http() {
		return new ProducerHttp(this.port);
	}

	String[] signed(String body, Instant at, String secret) {
		String timestamp = Long.toString(at.getEpochSecond());
		return new String[] { "X-Dialtone-Source", "workday", "X-Dialtone-Timestamp", timestamp, "X-Dialtone-Signature",
				HmacSignature.sign(secret, timestamp, body.getBytes(StandardCharsets.UTF_8)) };
	}

	@Test
	void shouldPublishNormalisedHireKeyedByEmployeeIdOnceTheBrokerAcknowledged() {
		String employeeId = uniqueEmployeeId();

		var response = http().post("/api/v1/events", hire(employeeId), "Authorization", "Bearer demo-token");

		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(eventsFor(employeeId)).singleElement().satisfies((event) -> {
			assertThat(response.body()).isEqualTo("{\"eventIds\":[\"" + event.getEventId() + "\"],\"duplicates\":[]}");
			assertThat(event.getEventType()).isEqualTo(EventType.HIRE);
			assertThat(event.getSourceSystem()).isEqualTo("demo");
			assertThat(event.getCorrelationId()).isEqualTo("req-1");
			assertThat(event.getPerson().getWorkEmail()).isEqualTo("ada.lovelace@corp.example");
			assertThat(event.getPerson().getSiteCode()).isEqualTo("NYC");
			assertThat(event.getPerson().getEffectiveDate()).hasToString("2026-12-01");
			assertThat(event.getPerson().getPhone().getExtension()).isNull();
			assertThat(event.getPerson().getPhone().getCallingPlanType()).isEqualTo(200);
			assertThat(event.getPerson().getPhone().getNumberAssignment()).isEqualTo(NumberAssignment.ALLOCATE);
		});
	}

	@Test
	void shouldAcceptAnHmacSignedRequest() {
		String employeeId = uniqueEmployeeId();
		String body = hire(employeeId);

		var response = http().post("/api/v1/events", body,
				signed(body, Instant.now(), IntakeTestSupport.WORKDAY_SECRET));

		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(eventsFor(employeeId)).extracting(IdentityEvent::getSourceSystem).containsExactly("workday");
	}

	@Test
	void shouldRejectBadSignaturesStaleTimestampsAndMissingCredentialsPublishingNothing() {
		String employeeId = uniqueEmployeeId();
		String body = hire(employeeId);

		var forged = http().post("/api/v1/events", body, signed(body, Instant.now(), "guessed-secret"));
		var stale = http().post("/api/v1/events", body,
				signed(body, Instant.now().minusSeconds(600), IntakeTestSupport.WORKDAY_SECRET));
		var anonymous = http().post("/api/v1/events", body);
		var wrongToken = http().post("/api/v1/events", body, "Authorization", "Bearer nope", "X-Dialtone-Source",
				"demo");

		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(forged.body()).contains("\"error\":\"bad_signature\"");
		assertThat(stale.statusCode()).isEqualTo(401);
		assertThat(stale.body()).contains("\"error\":\"stale_timestamp\"", "replay window");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.body()).contains("\"error\":\"missing_credentials\"");
		assertThat(wrongToken.statusCode()).isEqualTo(401);
		assertThat(wrongToken.body()).contains("\"error\":\"bad_token\"");
		assertNothingPublishedFor(employeeId);
	}

	@Test
	void shouldRejectBadFieldsListingEveryProblemAndPublishNothing() {
		String employeeId = uniqueEmployeeId();
		String body = """
				{"type":"PROMOTE","person":{"employeeId":"%s","workEmail":"ada@","siteCode":"ZZZ","effectiveDate":"12/01/2026",
				  "phone":{"extension":"12x","number":"555-0100"}}}"""
			.formatted(employeeId);

		var response = http().post("/api/v1/events", body, "Authorization", "Bearer demo-token");
		var malformed = http().post("/api/v1/events", "{\"type\":", "Authorization", "Bearer demo-token");

		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("\"error\":\"malformed_request\"");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"error\":\"validation_failed\"", "\"field\":\"type\"",
				"\"code\":\"unknown_type\"", "\"field\":\"person.workEmail\"", "\"code\":\"unknown_site\"",
				"\"field\":\"person.effectiveDate\"", "\"code\":\"invalid_extension\"", "\"code\":\"invalid_number\"");
		assertNothingPublishedFor(employeeId);
	}

	@Test
	void shouldRejectAWholeBatchWhenOneEventIsInvalidNamingItsIndex() {
		String employeeId = uniqueEmployeeId();
		String body = "{\"events\":[" + hire(employeeId)
				+ ",{\"type\":\"HIRE\",\"person\":{\"workEmail\":\"x@corp.example\"}}]}";

		var response = http().post("/api/v1/events/batch", body, "Authorization", "Bearer demo-token");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"events[1].person.employeeId\"");
		assertNothingPublishedFor(employeeId);
	}

	@Test
	void shouldPublishTheSameEventIdOnlyOnce() {
		String employeeId = uniqueEmployeeId();
		String body = hire(employeeId).replace("{\"type\"", "{\"eventId\":\"evt-" + employeeId + "\",\"type\"");
		String batch = "{\"events\":[" + body + "," + body + "]}";

		var first = http().post("/api/v1/events", body, "Authorization", "Bearer demo-token");
		var again = http().post("/api/v1/events", body, "Authorization", "Bearer demo-token");
		var inBatch = http().post("/api/v1/events/batch", batch, "Authorization", "Bearer demo-token");

		assertThat(first.statusCode()).isEqualTo(202);
		assertThat(again.statusCode()).isEqualTo(202);
		assertThat(again.body()).contains("\"duplicates\":[\"demo:evt-" + employeeId + "\"]");
		assertThat(inBatch.statusCode()).isEqualTo(202);
		assertThat(eventsFor(employeeId)).extracting(IdentityEvent::getEventId)
			.containsExactly("demo:evt-" + employeeId);
	}

	@Test
	void shouldPublishConcurrentRetriesOfTheSameRequestOnlyOnce() {
		String employeeId = uniqueEmployeeId();
		String body = hire(employeeId);

		List<Integer> statuses = IntStream.range(0, 6)
			.mapToObj((i) -> CompletableFuture.supplyAsync(
					() -> http().post("/api/v1/events", body, "Authorization", "Bearer demo-token").statusCode()))
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.toList();

		assertThat(statuses).containsOnly(202);
		assertThat(eventsFor(employeeId)).hasSize(1);
	}

	@Test
	void shouldCountAcceptedAndRejectedEventsDocumentTheApiAndReportPlatformHealth() {
		http().post("/api/v1/events", hire(uniqueEmployeeId()), "Authorization", "Bearer demo-token");
		http().post("/api/v1/events", "{\"type\":\"HIRE\"}", "Authorization", "Bearer demo-token");

		String metrics = http().get("/actuator/prometheus").body();
		String openApi = http().get("/v3/api-docs").body();
		String health = http().get("/actuator/health", "Authorization", "Bearer " + IntakeTestSupport.OPERATOR_TOKEN)
			.body();

		assertThat(metrics).contains("dialtone_producer_events_accepted_total{source=\"demo\"}",
				"dialtone_producer_events_rejected_total{reason=\"required\",source=\"demo\"}",
				"dialtone_producer_publish_latency_seconds_count{outcome=\"acked\"}");
		assertThat(openApi).contains("/api/v1/events/batch", "EventRequest");
		var components = JsonMapper.builder().build().readTree(health).get("components");
		assertThat(components.at("/kafka/status").asString()).isEqualTo("UP");
		assertThat(components.at("/schemaRegistry/status").asString()).isEqualTo("UP");
	}

	/**
	 * A marker event published after the rejected ones: once it is on the topic, anything
	 * earlier would be too.
	 */
	void assertNothingPublishedFor(String employeeId) {
		String marker = uniqueEmployeeId();
		assertThat(http().post("/api/v1/events", hire(marker), "Authorization", "Bearer demo-token").statusCode())
			.isEqualTo(202);
		assertThat(eventsFor(marker)).hasSize(1);
		assertThat(eventsFor(employeeId)).isEmpty();
	}

}

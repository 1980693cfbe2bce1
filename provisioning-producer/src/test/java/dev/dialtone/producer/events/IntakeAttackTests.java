package dev.dialtone.producer.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.PhoneChange;
import dev.dialtone.producer.IntakeTestSupport;
import dev.dialtone.producer.ProducerHttp;
import dev.dialtone.producer.auth.HmacSignature;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.dialtone.producer.IntakeTestSupport.eventsFor;
import static dev.dialtone.producer.IntakeTestSupport.uniqueEmployeeId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events API attacked by its own sources: acting on someone else's employees, reusing
 * ids, hostile field values, and partial updates that must not lose the phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeAttackTests {

	static final String[] DEMO = { "Authorization", "Bearer " + IntakeTestSupport.DEMO_TOKEN };

	static final String[] BAMBOOHR = { "Authorization", "Bearer " + IntakeTestSupport.BAMBOOHR_TOKEN };

	static final String[] HROPS = { "Authorization", "Bearer " + IntakeTestSupport.HROPS_TOKEN };

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		IntakeTestSupport.properties(registry);
	}

	ProducerHttp http() {
		return new ProducerHttp(this.port);
	}

	static String event(String type, String employeeId, String extra) {
		return """
				{"type":"%s",%s"person":{"employeeId":"%s","workEmail":"%s@corp.example","firstName":"Ada",
				 "siteCode":"NYC"}}""".formatted(type, extra, employeeId, employeeId.toLowerCase());
	}

	static String[] signed(String body, String timestamp) {
		return new String[] { "X-Dialtone-Source", "workday", "X-Dialtone-Timestamp", timestamp, "X-Dialtone-Signature",
				HmacSignature.sign(IntakeTestSupport.WORKDAY_SECRET, timestamp,
						body.getBytes(StandardCharsets.UTF_8)) };
	}

	@Test
	void shouldRefuseASourceActingOnAnEmployeeItDidNotIntroduce() {
		String employeeId = uniqueEmployeeId();
		String stranger = uniqueEmployeeId();
		assertThat(http().post("/api/v1/events", event("HIRE", employeeId, ""), BAMBOOHR).statusCode()).isEqualTo(202);

		var terminate = http().post("/api/v1/events",
				event("TERMINATE", employeeId, "").replace("@corp.example", "@wrong.example"), DEMO);
		var rehire = http().post("/api/v1/events", event("HIRE", employeeId, ""), DEMO);
		var unknown = http().post("/api/v1/events", event("TERMINATE", stranger, ""), DEMO);
		var owner = http().post("/api/v1/events", event("UPDATE", employeeId, ""), BAMBOOHR);
		var granted = http().post("/api/v1/events", event("TERMINATE", employeeId, ""), HROPS);

		assertThat(terminate.statusCode()).isEqualTo(403);
		assertThat(terminate.body()).contains("\"error\":\"forbidden\"", employeeId);
		assertThat(rehire.statusCode()).isEqualTo(403);
		assertThat(unknown.statusCode()).isEqualTo(403);
		assertThat(unknown.body()).contains(stranger);
		assertThat(owner.statusCode()).isEqualTo(202);
		assertThat(granted.statusCode()).isEqualTo(202);
		assertThat(eventsFor(employeeId)).extracting(IdentityEvent::getSourceSystem)
			.containsExactly("bamboohr", "bamboohr", "hrops");
		assertThat(eventsFor(stranger)).isEmpty();
	}

	@Test
	void shouldRefuseAnEventTypeTheSourceIsNotGranted() {
		String employeeId = uniqueEmployeeId();
		assertThat(http().post("/api/v1/events", event("HIRE", employeeId, ""), BAMBOOHR).statusCode()).isEqualTo(202);

		var terminate = http().post("/api/v1/events", event("TERMINATE", employeeId, ""), BAMBOOHR);

		assertThat(terminate.statusCode()).isEqualTo(403);
		assertThat(terminate.body()).contains("TERMINATE", employeeId);
		assertThat(eventsFor(employeeId)).extracting(IdentityEvent::getEventType).containsExactly(EventType.HIRE);
	}

	@Test
	void shouldScopeEventIdsPerSourceAndRefuseAReusedIdWithOtherContent() {
		String first = uniqueEmployeeId();
		String second = uniqueEmployeeId();
		String third = uniqueEmployeeId();
		String id = "\"eventId\":\"shared-" + first + "\",";

		var demo = http().post("/api/v1/events", event("HIRE", first, id), DEMO);
		var bamboo = http().post("/api/v1/events", event("HIRE", second, id), BAMBOOHR);
		var reused = http().post("/api/v1/events", event("HIRE", third, id), DEMO);
		var retried = http().post("/api/v1/events", event("HIRE", first, id), DEMO);

		assertThat(demo.statusCode()).isEqualTo(202);
		assertThat(bamboo.statusCode()).isEqualTo(202);
		assertThat(reused.statusCode()).isEqualTo(409);
		assertThat(reused.body()).contains("\"error\":\"event_id_conflict\"", "demo:shared-" + first);
		assertThat(retried.statusCode()).isEqualTo(202);
		assertThat(retried.body()).contains("\"duplicates\":[\"demo:shared-" + first + "\"]");
		assertThat(eventsFor(first)).extracting(IdentityEvent::getEventId).containsExactly("demo:shared-" + first);
		assertThat(eventsFor(second)).extracting(IdentityEvent::getEventId).containsExactly("bamboohr:shared-" + first);
	}

	@Test
	void shouldGiveARetryWithoutEventIdOrOccurredAtTheSameId() {
		String employeeId = uniqueEmployeeId();
		String body = event("HIRE", employeeId, "");

		var first = http().post("/api/v1/events", body, DEMO);
		var retry = http().post("/api/v1/events", body, DEMO);

		assertThat(first.statusCode()).isEqualTo(202);
		assertThat(retry.statusCode()).isEqualTo(202);
		assertThat(retry.body()).contains("\"duplicates\":[\"demo:");
		assertThat(eventsFor(employeeId)).hasSize(1);
	}

	@Test
	void shouldDeduplicateAReplayedSignedRequest() {
		String employeeId = uniqueEmployeeId();
		String body = event("HIRE", employeeId, "\"eventId\":\"wd-1\",\"occurredAt\":\"2026-11-30T07:00:00Z\",");
		String[] headers = signed(body, Long.toString(Instant.now().getEpochSecond()));

		var first = http().post("/api/v1/events", body, headers);
		var replay = http().post("/api/v1/events", body, headers);

		assertThat(first.statusCode()).isEqualTo(202);
		assertThat(replay.statusCode()).isEqualTo(202);
		assertThat(eventsFor(employeeId)).extracting(IdentityEvent::getEventId).containsExactly("workday:wd-1");
	}

	@Test
	void shouldAnswer401NotA500ToAnOverflowingSignatureTimestamp() {
		String body = event("HIRE", uniqueEmployeeId(), "");

		var max = http().post("/api/v1/events", body, signed(body, Long.toString(Long.MAX_VALUE)));
		var min = http().post("/api/v1/events", body, signed(body, Long.toString(Long.MIN_VALUE)));
		var huge = http().post("/api/v1/events", body, signed(body, "99999999999999999999999"));

		assertThat(List.of(max, min, huge)).allSatisfy((response) -> assertThat(response.statusCode()).isEqualTo(401));
		assertThat(max.body()).contains("stale_timestamp");
	}

	@Test
	void shouldRefuseHostileFieldValuesNamingTheFieldNeverAs503() {
		String employeeId = uniqueEmployeeId();
		String longName = "A".repeat(1_200_000);
		String batch = "{\"events\":[" + event("HIRE", employeeId, "").replace("\"Ada\"", "\"" + longName + "\"")
				+ "]}";

		var hugeName = http().post("/api/v1/events/batch", batch, DEMO);
		var farFuture = http().post("/api/v1/events",
				event("HIRE", employeeId, "\"occurredAt\":\"+1000000000-01-01T00:00:00Z\","), DEMO);
		var ancient = http().post("/api/v1/events",
				event("HIRE", employeeId, "\"occurredAt\":\"1970-01-01T00:00:00Z\","), DEMO);
		var nul = http().post("/api/v1/events", event("HIRE", employeeId, "").replace("\"Ada\"", "\"Ada\\u0000\""),
				DEMO);
		var esc = http().post("/api/v1/events", event("HIRE", employeeId, "").replace("\"Ada\"", "\"\\u001b[31mAda\""),
				DEMO);
		var crlf = http().post("/api/v1/events", event("HIRE", employeeId, "").replace("\"Ada\"", "\"Ada\\r\\nX: y\""),
				DEMO);
		var markup = http().post("/api/v1/events",
				event("HIRE", employeeId, "").replace(employeeId.toLowerCase() + "@", "<script>@"), DEMO);
		var nulEmail = http().post("/api/v1/events",
				event("HIRE", employeeId, "").replace(employeeId.toLowerCase() + "@", "a\\u0000b@"), DEMO);
		var longEmail = http().post("/api/v1/events",
				event("HIRE", employeeId, "").replace(employeeId.toLowerCase() + "@", "a".repeat(250) + "@"), DEMO);
		var longCorrelation = http().post("/api/v1/events",
				event("HIRE", employeeId, "\"correlationId\":\"" + "c".repeat(200) + "\","), DEMO);

		assertThat(hugeName.statusCode()).isEqualTo(400);
		assertThat(hugeName.body()).contains("events[0].person.firstName", "too_long").hasSizeLessThan(2000);
		assertThat(farFuture.statusCode()).isEqualTo(400);
		assertThat(farFuture.body()).contains("\"field\":\"occurredAt\"", "out_of_range");
		assertThat(ancient.statusCode()).isEqualTo(400);
		assertThat(ancient.body()).contains("\"field\":\"occurredAt\"");
		assertThat(List.of(nul, esc, crlf)).allSatisfy((response) -> {
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("\"field\":\"person.firstName\"", "control_character");
		});
		assertThat(List.of(markup, nulEmail, longEmail)).allSatisfy((response) -> {
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("\"field\":\"person.workEmail\"");
		});
		assertThat(longCorrelation.statusCode()).isEqualTo(400);
		assertThat(longCorrelation.body()).contains("\"field\":\"correlationId\"");
		assertThat(eventsFor(employeeId)).isEmpty();
	}

	@Test
	void shouldKeepThePhoneOnAnUpdateWithoutOneAndRemoveItOnlyWhenAsked() {
		String employeeId = uniqueEmployeeId();
		String phone = "\"phone\":{\"extension\":\"allocate\"}";

		http().post("/api/v1/events",
				event("HIRE", employeeId, "").replace("\"siteCode\":\"NYC\"", "\"siteCode\":\"NYC\"," + phone), DEMO);
		http().post("/api/v1/events", event("UPDATE", employeeId, "").replace("\"Ada\"", "\"Ada B\""), DEMO);
		var removal = http().post("/api/v1/events", event("UPDATE", employeeId, "").replace("\"siteCode\":\"NYC\"",
				"\"siteCode\":\"NYC\",\"phone\":{\"remove\":true}"), DEMO);
		var conflicting = http().post("/api/v1/events", event("UPDATE", employeeId, "").replace("\"siteCode\":\"NYC\"",
				"\"siteCode\":\"NYC\",\"phone\":{\"remove\":true,\"extension\":\"123\"}"), DEMO);

		assertThat(removal.statusCode()).isEqualTo(202);
		assertThat(conflicting.statusCode()).isEqualTo(400);
		List<IdentityEvent> events = eventsFor(employeeId);
		assertThat(events).extracting((event) -> event.getPerson().getPhoneChange())
			.containsExactly(PhoneChange.REPLACE, PhoneChange.KEEP, PhoneChange.REMOVE);
		assertThat(events.get(0).getPerson().getPhone()).isNotNull();
		assertThat(events.get(2).getPerson().getPhone()).isNull();
	}

}

package dev.dialtone.producer.events;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import dev.dialtone.producer.IntakeTestSupport;
import dev.dialtone.producer.ProducerHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.dialtone.producer.IntakeTestSupport.topicSize;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table of malformed, oversized and hostile requests per door: every one answers 4xx,
 * none names a Java type or a stack frame, and the identity topic gains nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedInputTests {

	static final String DEMO = "Bearer " + IntakeTestSupport.DEMO_TOKEN;

	static final String SCIM = "Bearer " + IntakeTestSupport.SCIM_TOKEN;

	static final String PERSON = "{\"employeeId\":\"EVIL1\",\"workEmail\":\"evil@corp.example\"}";

	/** method, path, Authorization (or null), body (or null). */
	static final List<String[]> CASES = List.of(
			// events API: JSON, types, numbers, controls, sizes
			row("POST", "/api/v1/events", DEMO, "{\"type\":"), row("POST", "/api/v1/events", DEMO, "[1,2,3]"),
			row("POST", "/api/v1/events", DEMO, "\"HIRE\""), row("POST", "/api/v1/events", DEMO, "null"),
			row("POST", "/api/v1/events", DEMO, ""), row("POST", "/api/v1/events", DEMO, "{}"),
			row("POST", "/api/v1/events", DEMO, "{\"type\":{\"a\":1},\"person\":" + PERSON + "}"),
			row("POST", "/api/v1/events", DEMO, "{\"type\":\"HIRE\",\"person\":\"x\"}"),
			row("POST", "/api/v1/events", DEMO, "{\"type\":\"HIRE\",\"dryRun\":\"yes\",\"person\":" + PERSON + "}"),
			row("POST", "/api/v1/events", DEMO,
					"{\"type\":\"HIRE\",\"person\":{\"employeeId\":\"EVIL1\",\"workEmail\":\"evil@corp.example\","
							+ "\"siteCode\":\"NYC\",\"phone\":{\"callingPlanType\":1e400}}}"),
			row("POST", "/api/v1/events", DEMO,
					"{\"type\":\"HIRE\",\"occurredAt\":\"99999999999999999999\",\"person\":" + PERSON + "}"),
			row("POST", "/api/v1/events", DEMO, "{\"type\":\"RE\\u0000HIRE\",\"person\":" + PERSON + "}"),
			row("POST", "/api/v1/events", DEMO, "[".repeat(5000) + "]".repeat(5000)),
			row("POST", "/api/v1/events", DEMO, "{\"type\":\"REDRIVE\",\"person\":" + PERSON + "}"),
			row("POST", "/api/v1/events", DEMO, "{\"type\":\"HIRE\",\"eventId\":\"a\\nb\",\"person\":" + PERSON + "}"),
			row("POST", "/api/v1/events/batch", DEMO, "{\"events\":\"x\"}"),
			row("POST", "/api/v1/events/batch", DEMO, "{\"events\":[null]}"),
			row("POST", "/api/v1/events/batch", DEMO, "{\"events\":[]}"),
			row("POST", "/api/v1/events/batch", DEMO,
					"{\"events\":[" + ("{\"type\":\"HIRE\",\"person\":" + PERSON + "},").repeat(1000)
							+ "{\"type\":\"HIRE\",\"person\":" + PERSON + "}]}"),
			row("GET", "/api/v1/events", DEMO, null),
			// events API: auth headers
			row("POST", "/api/v1/events", null, "{\"type\":\"HIRE\",\"person\":" + PERSON + "}"),
			row("POST", "/api/v1/events", "Bearer", "{\"type\":\"HIRE\",\"person\":" + PERSON + "}"),
			row("POST", "/api/v1/events", "Basic ZGVtbzpkZW1v", "{\"type\":\"HIRE\",\"person\":" + PERSON + "}"),
			row("POST", "/api/v1/events", "Bearer " + "x".repeat(4000),
					"{\"type\":\"HIRE\",\"person\":" + PERSON + "}"),
			// SCIM
			row("POST", "/scim/v2/Users", SCIM, "{\"userName\":"), row("POST", "/scim/v2/Users", SCIM, "[]"),
			row("POST", "/scim/v2/Users", SCIM,
					"{\"userName\":\"evil@corp.example\",\"externalId\":\"EVIL1\"," + "\"active\":1}"),
			row("POST", "/scim/v2/Users", SCIM,
					"{\"userName\":\"evil@corp.example\",\"externalId\":\"EVIL1\"," + "\"active\":\"yes\"}"),
			row("POST", "/scim/v2/Users", SCIM, "{\"userName\":\"ev\\u0000il@corp.example\",\"externalId\":\"EVIL1\"}"),
			row("POST", "/scim/v2/Users", SCIM, "{\"userName\":\"evil@corp.example\",\"externalId\":\"E V I L\"}"),
			row("POST", "/scim/v2/Users", SCIM, "{\"userName\":\"" + "u".repeat(300) + "\",\"externalId\":\"EVIL1\"}"),
			row("GET", "/scim/v2/Users?startIndex=2&count=2147483647", SCIM, null),
			row("GET", "/scim/v2/Users?startIndex=abc", SCIM, null),
			row("GET", "/scim/v2/Users?count=99999999999999999999999999", SCIM, null),
			row("GET", "/scim/v2/Users?filter=userName%20sw%20%22x%22", SCIM, null),
			row("PATCH", "/scim/v2/Users/does-not-exist", SCIM, "{\"Operations\":[]}"),
			row("DELETE", "/scim/v2/Users/does-not-exist", SCIM, null),
			row("POST", "/scim/v2/Users", "Bearer nope", "{\"userName\":\"evil@corp.example\"}"),
			// paths and other doors
			row("POST", "/scim;x/v2/Users", null, "{}"), row("GET", "/%2e%2e/actuator/env", null, null),
			row("GET", "/actuator/env", null, null), row("GET", "/actuator/metrics", "Bearer nope", null),
			row("GET", "/v3/api-docs/..;/x", null, null));

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		IntakeTestSupport.properties(registry);
	}

	static String[] row(String method, String path, String authorization, String body) {
		return new String[] { method, path, authorization, body };
	}

	@Test
	void shouldAnswerEveryMalformedRequestWith4xxNamingNoInternalsAndPublishNothing() {
		ProducerHttp http = new ProducerHttp(this.port);
		int before = topicSize();
		List<String> problems = new ArrayList<>();

		for (String[] row : CASES) {
			List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
			if (row[2] != null) {
				headers.addAll(List.of("Authorization", row[2]));
			}
			HttpResponse<String> response = http.send(row[0], row[1], row[3], headers.toArray(String[]::new));
			String body = response.body();
			boolean clientError = response.statusCode() >= 400 && response.statusCode() < 500;
			boolean pagingAnswer = row[1].contains("count=") && response.statusCode() == 200;
			if (!(clientError || pagingAnswer) || body.matches(
					"(?s).*(dev\\.dialtone|java\\.|jakarta\\.|tools\\.jackson" + "|org\\.spring|Exception|\\tat ).*")) {
				problems.add(row[0] + " " + row[1] + " → " + response.statusCode() + " " + truncate(body));
			}
		}

		assertThat(problems).isEmpty();
		assertThat(topicSize()).isEqualTo(before);
	}

	static String truncate(String body) {
		return (body.length() > 300) ? body.substring(0, 300) : body;
	}

}

package dev.dialtone.producer.auth;

import java.util.List;

import dev.dialtone.producer.IntakeTestSupport;
import dev.dialtone.producer.ProducerHttp;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.dialtone.producer.IntakeTestSupport.eventsFor;
import static dev.dialtone.producer.IntakeTestSupport.uniqueEmployeeId;
import static org.assertj.core.api.Assertions.assertThat;

/** The attacks on the doors themselves: path tricks, missing tokens, open details. */
class DoorSecurityTests {

	static final String[] SCIM_JSON = { "Content-Type", "application/scim+json" };

	static String scimUser(String employeeId) {
		return """
				{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s@corp.example","active":true,
				 "externalId":"%s"}""".formatted(employeeId.toLowerCase(), employeeId);
	}

	/**
	 * Publishes a marker through the front door: once it is on the topic, an earlier
	 * record would be too.
	 */
	static void assertNothingPublishedFor(ProducerHttp http, String employeeId) {
		String marker = uniqueEmployeeId();
		assertThat(http
			.post("/api/v1/events",
					"{\"type\":\"HIRE\",\"person\":{\"employeeId\":\"" + marker
							+ "\",\"workEmail\":\"m@corp.example\"}}",
					"Authorization", "Bearer " + IntakeTestSupport.DEMO_TOKEN)
			.statusCode()).isEqualTo(202);
		assertThat(eventsFor(marker)).hasSize(1);
		assertThat(eventsFor(employeeId)).isEmpty();
	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	class Configured {

		@LocalServerPort
		int port;

		@DynamicPropertySource
		static void platform(DynamicPropertyRegistry registry) {
			IntakeTestSupport.properties(registry);
		}

		ProducerHttp http() {
			return new ProducerHttp(this.port);
		}

		@Test
		void shouldRefusePathParameterAndEncodedPathTricksWithoutServingThem() {
			String employeeId = uniqueEmployeeId();
			List<String> paths = List.of("/scim;x/v2/Users", "/scim;jsessionid=1/v2/Users", "/%73cim/v2/Users",
					"/scim/v2;x/Users", "/scim/v2/%55sers", "/api;x/v1/events", "/api/v1/%65vents");

			List<Integer> posts = paths.stream()
				.map((path) -> http().post(path, scimUser(employeeId), SCIM_JSON).statusCode())
				.toList();
			List<Integer> lists = paths.stream().map((path) -> http().get(path).statusCode()).toList();
			int delete = http().send("DELETE", "/scim;x/v2/Users/some-id", null).statusCode();

			assertThat(posts).containsOnly(400);
			assertThat(lists).containsOnly(400);
			assertThat(delete).isEqualTo(400);
			assertNothingPublishedFor(http(), employeeId);
		}

		@Test
		void shouldAnswerScimWithoutAValidTokenWith401AndPublishNothing() {
			String employeeId = uniqueEmployeeId();

			var create = http().post("/scim/v2/Users", scimUser(employeeId), SCIM_JSON);
			var wrong = http().post("/scim/v2/Users", scimUser(employeeId), "Content-Type", "application/scim+json",
					"Authorization", "Bearer " + IntakeTestSupport.DEMO_TOKEN);
			var list = http().get("/scim/v2/Users");
			var delete = http().send("DELETE", "/scim/v2/Users/any", null);
			var discovery = http().get("/scim/v2/ServiceProviderConfig");

			assertThat(List.of(create, wrong, list, delete, discovery))
				.allSatisfy((response) -> assertThat(response.statusCode()).isEqualTo(401));
			assertThat(list.body()).contains("urn:ietf:params:scim:api:messages:2.0:Error").doesNotContain("userName");
			assertNothingPublishedFor(http(), employeeId);
		}

		@Test
		void shouldShowHealthDetailsOnlyToTheOperatorAndKeepPrometheusReadable() {
			var anonymous = http().get("/actuator/health");
			var operator = http().get("/actuator/health", "Authorization",
					"Bearer " + IntakeTestSupport.OPERATOR_TOKEN);
			var source = http().get("/actuator/health", "Authorization", "Bearer " + IntakeTestSupport.DEMO_TOKEN);
			var prometheus = http().get("/actuator/prometheus");
			var metrics = http().get("/actuator/metrics");
			var metricsAsOperator = http().get("/actuator/metrics", "Authorization",
					"Bearer " + IntakeTestSupport.OPERATOR_TOKEN);
			var elsewhere = http().get("/internal/anything");

			assertThat(anonymous.statusCode()).isEqualTo(200);
			assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components", "clusterId");
			assertThat(source.body()).doesNotContain("components");
			assertThat(operator.body()).contains("\"components\"", "\"kafka\"", "\"schemaRegistry\"");
			assertThat(prometheus.statusCode()).isEqualTo(200);
			assertThat(prometheus.body()).contains("dialtone_producer");
			assertThat(metrics.statusCode()).isEqualTo(401);
			assertThat(metricsAsOperator.statusCode()).isEqualTo(200);
			assertThat(elsewhere.statusCode()).isIn(401, 404);
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	class ScimTokenBlank {

		@LocalServerPort
		int port;

		@DynamicPropertySource
		static void platform(DynamicPropertyRegistry registry) {
			IntakeTestSupport.properties(registry);
			registry.add("dialtone.producer.scim-bearer-token", () -> " ");
			registry.add("dialtone.producer.operator-token", () -> "");
		}

		@Test
		void shouldServeScimToNobodyWhenItsTokenIsBlank() {
			ProducerHttp http = new ProducerHttp(this.port);
			String employeeId = uniqueEmployeeId();

			var blank = http.post("/scim/v2/Users", scimUser(employeeId), "Content-Type", "application/scim+json",
					"Authorization", "Bearer  ");
			var anonymous = http.get("/scim/v2/Users");
			var oldToken = http.get("/scim/v2/Users", "Authorization", "Bearer " + IntakeTestSupport.SCIM_TOKEN);
			var health = http.get("/actuator/health", "Authorization", "Bearer ");

			assertThat(List.of(blank, anonymous, oldToken))
				.allSatisfy((response) -> assertThat(response.statusCode()).isIn(401, 404));
			assertThat(health.body()).doesNotContain("components");
			assertNothingPublishedFor(http, employeeId);
		}

	}

}

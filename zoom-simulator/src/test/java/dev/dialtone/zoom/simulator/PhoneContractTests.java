package dev.dialtone.zoom.simulator;

import java.util.List;

import com.atlassian.oai.validator.report.ValidationReport;
import dev.dialtone.zoom.simulator.ZoomHttp.Reply;
import dev.dialtone.zoom.simulator.faults.FaultSpec;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every simulator response on the Zoom Phone paths Dialtone uses validates against Zoom's
 * Phone OpenAPI spec.
 */
class PhoneContractTests extends SimulatorTestSupport {

	private static PhoneSpec spec;

	private String userId;

	@BeforeAll
	static void loadSpec() {
		spec = new PhoneSpec();
	}

	@BeforeEach
	void phoneUser() {
		reseed(Seed.builder().plan("UNLIMITED").build());
		this.userId = zoom.create("ssoCreate", "ada@corp.example");
	}

	@Test
	void phoneUserProfileReadAndUpdate() {
		exchange("PATCH", "/phone/users/" + this.userId, "{\"extension_number\":\"1001\",\"site_id\":\"site-nyc-01\"}",
				204);
		Reply user = exchange("GET", "/phone/users/" + this.userId, null, 200);
		assertThat(user.json().get("extension_number").isIntegralNumber()).isTrue();
		exchange("GET", "/phone/users/ada@corp.example", null, 200);
	}

	@Test
	void callingPlanAssignReplaceAndRemove() {
		exchange("POST", "/phone/users/" + this.userId + "/calling_plans", "{\"calling_plans\":[{\"type\":100}]}", 200);
		exchange("PUT", "/phone/users/" + this.userId + "/calling_plans", "{\"source_type\":100,\"target_type\":200}",
				204);
		exchange("GET", "/phone/users/" + this.userId, null, 200);
		exchange("DELETE", "/phone/users/" + this.userId + "/calling_plans/200", null, 204);
		exchange("PUT", "/phone/users/" + this.userId + "/calling_plans", "{\"source_type\":100,\"target_type\":200}",
				400);
		exchange("POST", "/phone/users/" + this.userId + "/calling_plans", "{\"calling_plans\":[{\"type\":999}]}", 400);
	}

	@Test
	void phoneNumberAssignAndRemoveByIdOrNumber() {
		exchange("PATCH", "/phone/users/" + this.userId, "{\"extension_number\":\"1002\"}", 204);
		exchange("POST", "/phone/users/" + this.userId + "/phone_numbers",
				"{\"phone_numbers\":[{\"number\":\"+12125550100\"},{\"id\":\"pn_12125550101\"}]}", 200);
		exchange("GET", "/phone/numbers?type=assigned&site_id=site-nyc-01&page_size=10", null, 200);
		exchange("DELETE", "/phone/users/" + this.userId + "/phone_numbers/pn_12125550101", null, 204);
		exchange("DELETE", "/phone/users/" + this.userId + "/phone_numbers/+12125550100", null, 204);
		exchange("DELETE", "/phone/users/" + this.userId + "/phone_numbers/+12125550100", null, 404);
	}

	@Test
	void accountWideLists() {
		exchange("GET", "/phone/numbers?type=unassigned&site_id=site-nyc-01&page_size=100", null, 200);
		exchange("GET", "/phone/numbers?type=all", null, 200);
		exchange("GET", "/phone/users?site_id=site-nyc-01&page_size=100", null, 200);
		exchange("GET", "/phone/calling_plans", null, 200);
		exchange("GET", "/phone/sites", null, 200);
	}

	@Test
	void errorStatusesAreOnesTheSpecDocuments() {
		String pending = zoom.create("ssoCreate", "bo@acquired.example");
		exchange("GET", "/phone/users/" + pending, null, 404);
		exchange("PATCH", "/phone/users/" + pending, "{\"extension_number\":\"1003\"}", 404);
		exchange("POST", "/phone/users/" + pending + "/calling_plans", "{\"calling_plans\":[{\"type\":200}]}", 404);
		exchange("POST", "/phone/users/" + pending + "/phone_numbers",
				"{\"phone_numbers\":[{\"number\":\"+12125550100\"}]}", 404);
		exchange("DELETE", "/phone/users/" + pending + "/calling_plans/200", null, 404);
		simulator.fault("GET /phone/users", FaultSpec.burst429(1));
		exchange("GET", "/phone/users", null, 429);
	}

	@Test
	void deactivatedUsersFiltersAndConflictsAnswerAsTheSpecDescribes() {
		exchange("PATCH", "/phone/users/" + this.userId, "{\"extension_number\":\"1004\"}", 204);
		exchange("POST", "/phone/users/" + this.userId + "/phone_numbers",
				"{\"phone_numbers\":[{\"number\":\"+12125550100\"}]}", 200);
		String other = zoom.create("ssoCreate", "cy@corp.example");
		exchange("PATCH", "/phone/users/" + other, "{\"extension_number\":\"1004\"}", 400);
		exchange("PATCH", "/phone/users/" + other, "{\"site_id\":\"nowhere\"}", 400);
		exchange("POST", "/phone/users/" + other + "/phone_numbers",
				"{\"phone_numbers\":[{\"number\":\"+12125550100\"}]}", 400);
		zoom.put("/users/" + this.userId + "/status", "{\"action\":\"deactivate\"}");
		exchange("GET", "/phone/users/" + this.userId, null, 200);
		exchange("GET", "/phone/users?status=deactivate&keyword=1004", null, 200);
		exchange("GET", "/phone/numbers?type=assigned&extension_type=user", null, 200);
		exchange("DELETE", "/phone/users/" + this.userId + "/phone_numbers/+12125550100", null, 204);
		exchange("POST", "/phone/users/nobody@corp.example/phone_numbers",
				"{\"phone_numbers\":[{\"number\":\"+12125550100\"}]}", 404);
	}

	/**
	 * Zoom's spec lists no 401 or 403 for these operations and 400 for each of them: the
	 * scope refusal answers 400/4711, a status the spec documents.
	 */
	@Test
	void aMissingScopeAnswersAStatusTheSpecDocumentsForTheOperation() {
		reseed(Seed.builder().plan("UNLIMITED").scopes(List.of("user:read:admin", "user:write:admin")).build());
		String id = zoom.create("ssoCreate", "dee@corp.example");
		Reply refused = exchange("POST", "/phone/users/" + id + "/phone_numbers",
				"{\"phone_numbers\":[{\"number\":\"+12125550100\"}]}", 400);
		assertThat(refused.code()).isEqualTo(4711);
		assertThat(refused.json().get("message").asString())
			.startsWith("Invalid access token, does not contain scopes:[");
		exchange("PATCH", "/phone/users/" + id, "{\"extension_number\":\"1005\"}", 400);
		exchange("GET", "/phone/users/" + id, null, 400);
		exchange("POST", "/phone/users/" + id + "/calling_plans", "{\"calling_plans\":[{\"type\":200}]}", 400);
		exchange("DELETE", "/phone/users/" + id + "/calling_plans/200", null, 400);
		exchange("DELETE", "/phone/users/" + id + "/phone_numbers/+12125550100", null, 400);
		exchange("GET", "/phone/users?site_id=site-nyc-01", null, 400);
		exchange("GET", "/phone/calling_plans", null, 400);
	}

	@Test
	void batchAddRequestsAndResponsesFollowTheSpec() {
		PhoneBatchAddTests.activeUser("bo@corp.example");
		PhoneBatchAddTests.activeUser("cy@corp.example");
		exchange("POST", "/phone/users/batch",
				"{\"users\":[" + PhoneBatchAddTests.entry("bo@corp.example", "1201", "+12125550100") + ","
						+ PhoneBatchAddTests.entry("cy@corp.example", "1202", null) + "]}",
				201);
		// partial success: the taken extension leaves its user out of the 201
		PhoneBatchAddTests.activeUser("di@corp.example");
		exchange("POST", "/phone/users/batch",
				"{\"users\":[" + PhoneBatchAddTests.entry("di@corp.example", "1201", null) + "]}", 201);
		exchange("POST", "/phone/users/batch",
				"{\"users\":[{\"email\":\"di@corp.example\",\"extension_number\":\"x\",\"calling_plans\":[]}]}", 400);
		exchange("POST", "/phone/users/batch", "{\"users\":[]}", 400);
	}

	@Test
	void theValidatorIsNotVacuous() {
		ValidationReport report = spec.validate("GET", "/phone/users/abc", null, 200, java.util.Map.of(),
				"{\"id\":\"abc\",\"extension_number\":\"not-a-number\"}");
		assertThat(report.hasErrors()).isTrue();
	}

	private Reply exchange(String method, String path, String body, int expectedStatus) {
		Reply reply = zoom.call(method, path, body);
		assertThat(reply.status()).as(method + " " + path + " -> " + reply.body()).isEqualTo(expectedStatus);
		ValidationReport report = spec.validate(method, path, body, reply);
		assertThat(report.getMessages()).as(method + " " + path + " " + reply.body())
			.filteredOn(
					(m) -> m.getLevel() == ValidationReport.Level.ERROR || m.getLevel() == ValidationReport.Level.WARN)
			.isEmpty();
		return reply;
	}

}

package dev.dialtone.producer.scim;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.NumberAssignment;
import dev.dialtone.producer.IntakeTestSupport;
import dev.dialtone.producer.ProducerHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.dialtone.producer.IntakeTestSupport.eventsFor;
import static dev.dialtone.producer.IntakeTestSupport.uniqueEmployeeId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests Entra ID's provisioning service sends, in its order and with its quirks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScimEntraSequenceTests {

	static final String[] AUTH = { "Authorization", "Bearer " + IntakeTestSupport.SCIM_TOKEN, "Accept",
			"application/scim+json", "Content-Type", "application/scim+json" };

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		IntakeTestSupport.properties(registry);
	}

	static String entraCreate(String employeeId, String userName) {
		return """
				{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
				 "externalId":"ghopper","userName":"%s","active":true,"displayName":"Grace Hopper",
				 "emails":[{"primary":true,"type":"work","value":"%s"}],"meta":{"resourceType":"User"},
				 "name":{"formatted":"Grace Hopper","familyName":"Hopper","givenName":"Grace"},"title":"Rear Admiral",
				 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"%s","department":"Navy"}}"""
			.formatted(userName, userName, employeeId);
	}

	ProducerHttp http() {
		return new ProducerHttp(this.port);
	}

	JsonNode body(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	@Test
	void shouldTurnEntrasCreatePatchAndDeactivateIntoHireUpdateTerminate() {
		String employeeId = uniqueEmployeeId();
		String userName = employeeId.toLowerCase() + "@corp.example";

		var probe = http().get("/scim/v2/Users?filter=" + encode("userName eq \"" + userName + "\""), AUTH);
		var created = http().post("/scim/v2/Users", entraCreate(employeeId, "Grace." + userName), AUTH);
		String id = body(created).get("id").asString();
		var found = http().get("/scim/v2/Users?filter=" + encode("userName eq \"grace." + userName + "\""), AUTH);
		var updated = http().send("PATCH", "/scim/v2/Users/" + id,
				"""
						{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
						 {"op":"Replace","path":"title","value":"Commodore"},
						 {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Research"},
						 {"op":"Add","path":"phoneNumbers[type eq \\"work\\"].value","value":"+1 212 555 0142"},
						 {"op":"Add","path":"urn:dialtone:params:scim:schemas:extension:zoomphone:1.0:User:siteCode","value":"NYC"},
						 {"op":"Add","path":"urn:dialtone:params:scim:schemas:extension:zoomphone:1.0:User:callingPlanType","value":"200"}]}""",
				AUTH);
		var deactivated = http().send("PATCH", "/scim/v2/Users/" + id, """
				{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
				 "Operations":[{"op":"Replace","path":"active","value":"False"}]}""", AUTH);

		assertThat(probe.statusCode()).isEqualTo(200);
		assertThat(body(probe).get("totalResults").asInt()).isZero();
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith(id));
		assertThat(body(found).get("totalResults").asInt()).isEqualTo(1);
		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(deactivated.statusCode()).isEqualTo(200);
		assertThat(body(deactivated).get("active").asBoolean()).isFalse();

		List<IdentityEvent> events = eventsFor(employeeId);
		assertThat(events).extracting(IdentityEvent::getEventType)
			.containsExactly(EventType.HIRE, EventType.UPDATE, EventType.TERMINATE);
		assertThat(events).allSatisfy((event) -> {
			assertThat(event.getSourceSystem()).isEqualTo("scim");
			assertThat(event.getCorrelationId()).isEqualTo("scim:" + id);
			assertThat(event.getPerson().getWorkEmail()).isEqualTo("grace." + userName);
		});
		assertThat(events.get(0).getPerson().getDepartment()).isEqualTo("Navy");
		assertThat(events.get(0).getPerson().getPhone()).isNull();
		IdentityEvent update = events.get(1);
		assertThat(update.getPerson().getJobTitle()).isEqualTo("Commodore");
		assertThat(update.getPerson().getDepartment()).isEqualTo("Research");
		assertThat(update.getPerson().getSiteCode()).isEqualTo("NYC");
		assertThat(update.getPerson().getPhone().getCallingPlanType()).isEqualTo(200);
		assertThat(update.getPerson().getPhone().getNumberAssignment()).isEqualTo(NumberAssignment.SPECIFIC);
		assertThat(update.getPerson().getPhone().getPhoneNumber()).isEqualTo("+12125550142");
	}

	@Test
	void shouldUpdateOnPutTerminateOnDeleteAndAnswerScimErrors() {
		String employeeId = uniqueEmployeeId();
		String userName = employeeId.toLowerCase() + "@corp.example";
		String id = body(http().post("/scim/v2/Users", entraCreate(employeeId, userName), AUTH)).get("id").asString();

		var duplicate = http().post("/scim/v2/Users", entraCreate(employeeId, userName), AUTH);
		var replaced = http().send("PUT", "/scim/v2/Users/" + id,
				entraCreate(employeeId, userName).replace("\"Navy\"", "\"Fleet\""), AUTH);
		var read = http().get("/scim/v2/Users/" + id, AUTH);
		var deleted = http().send("DELETE", "/scim/v2/Users/" + id, null, AUTH);
		var gone = http().get("/scim/v2/Users/" + id, AUTH);
		var anonymous = http().get("/scim/v2/Users");
		var badFilter = http().get("/scim/v2/Users?filter=" + encode("title co \"x\""), AUTH);

		assertThat(duplicate.statusCode()).isEqualTo(409);
		assertThat(body(duplicate).get("scimType").asString()).isEqualTo("uniqueness");
		assertThat(replaced.statusCode()).isEqualTo(200);
		assertThat(body(read).at("/" + ScimSchemas.ENTERPRISE.replace("/", "~1") + "/department").asString())
			.isEqualTo("Fleet");
		assertThat(body(read).at("/meta/version").asString()).isEqualTo("W/\"2\"");
		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(body(gone).get("schemas").get(0).asString()).isEqualTo(ScimSchemas.ERROR);
		assertThat(body(gone).get("status").asString()).isEqualTo("404");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(body(anonymous).get("schemas").get(0).asString()).isEqualTo(ScimSchemas.ERROR);
		assertThat(badFilter.statusCode()).isEqualTo(400);
		assertThat(body(badFilter).get("scimType").asString()).isEqualTo("invalidFilter");
		assertThat(eventsFor(employeeId)).extracting(IdentityEvent::getEventType)
			.containsExactly(EventType.HIRE, EventType.UPDATE, EventType.TERMINATE);
		assertThat(eventsFor(employeeId).get(1).getPerson().getDepartment()).isEqualTo("Fleet");
	}

	@Test
	void shouldRejectAUserItCannotProvisionWithAScimInvalidValue() {
		var response = http().post("/scim/v2/Users", """
				{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"not an email","externalId":"x1",
				 "active":true}""", AUTH);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(body(response).get("scimType").asString()).isEqualTo("invalidValue");
		assertThat(body(response).get("detail").asString()).contains("person.workEmail");
	}

	@Test
	void shouldServeTheDiscoveryDocuments() {
		assertThat(body(http().get("/scim/v2/ServiceProviderConfig", AUTH)).at("/patch/supported").asBoolean())
			.isTrue();
		assertThat(body(http().get("/scim/v2/Schemas", AUTH)).get("totalResults").asInt()).isEqualTo(3);
		assertThat(body(http().get("/scim/v2/ResourceTypes", AUTH)).at("/Resources/0/endpoint").asString())
			.isEqualTo("/Users");
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}

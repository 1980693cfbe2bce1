package dev.dialtone.producer.scim;

import java.net.http.HttpResponse;
import java.util.List;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.PhoneChange;
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

/** SCIM details an attacker (or a sloppy directory) leans on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScimHardeningTests {

	static final String[] AUTH = ScimEntraSequenceTests.AUTH;

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		IntakeTestSupport.properties(registry);
	}

	ProducerHttp http() {
		return new ProducerHttp(this.port);
	}

	JsonNode body(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	String create(String employeeId) {
		var created = http().post("/scim/v2/Users",
				ScimEntraSequenceTests.entraCreate(employeeId, employeeId.toLowerCase() + "@corp.example"), AUTH);
		assertThat(created.statusCode()).isEqualTo(201);
		return body(created).get("id").asString();
	}

	static String patch(String operations) {
		return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + operations + "]}";
	}

	@Test
	void shouldAcceptOnlyBooleansAndTrueFalseStringsForActive() {
		String employeeId = uniqueEmployeeId();
		String id = create(employeeId);

		var one = http().send("PATCH", "/scim/v2/Users/" + id,
				patch("{\"op\":\"replace\",\"path\":\"active\",\"value\":1}"), AUTH);
		var yes = http().send("PATCH", "/scim/v2/Users/" + id,
				patch("{\"op\":\"replace\",\"path\":\"active\",\"value\":\"yes\"}"), AUTH);
		var put = http().send("PUT", "/scim/v2/Users/" + id,
				ScimEntraSequenceTests.entraCreate(employeeId, employeeId.toLowerCase() + "@corp.example")
					.replace("\"active\":true", "\"active\":\"no\""),
				AUTH);
		var shouting = http().send("PATCH", "/scim/v2/Users/" + id,
				patch("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"FALSE\"}"), AUTH);

		assertThat(List.of(one, yes, put)).allSatisfy((response) -> {
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(body(response).get("scimType").asString()).isEqualTo("invalidValue");
		});
		assertThat(shouting.statusCode()).isEqualTo(200);
		assertThat(eventsFor(employeeId)).extracting(IdentityEvent::getEventType)
			.containsExactly(EventType.HIRE, EventType.TERMINATE);
	}

	@Test
	void shouldNeverStoreAPasswordFromAnyOperation() {
		String employeeId = uniqueEmployeeId();
		String userName = employeeId.toLowerCase() + "@corp.example";
		var created = http().post("/scim/v2/Users", ScimEntraSequenceTests.entraCreate(employeeId, userName)
			.replace("\"active\":true", "\"active\":true,\"password\":\"Secret-1\""), AUTH);
		String id = body(created).get("id").asString();

		http()
			.send("PATCH", "/scim/v2/Users/" + id,
					patch("{\"op\":\"add\",\"path\":\"password\",\"value\":\"Secret-2\"},"
							+ "{\"op\":\"replace\",\"value\":{\"Password\":\"Secret-3\",\"title\":\"Captain\"}}"),
					AUTH);
		http().send("PUT", "/scim/v2/Users/" + id, ScimEntraSequenceTests.entraCreate(employeeId, userName)
			.replace("\"active\":true", "\"active\":true,\"password\":\"Secret-4\""), AUTH);
		var read = http().get("/scim/v2/Users/" + id, AUTH);
		var list = http().get("/scim/v2/Users", AUTH);

		assertThat(created.body()).doesNotContainIgnoringCase("secret-");
		assertThat(read.body()).doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("secret-");
		assertThat(list.body()).doesNotContainIgnoringCase("secret-");
	}

	@Test
	void shouldKeepUserNamesUniqueOnPatchAndPut() {
		String first = uniqueEmployeeId();
		String second = uniqueEmployeeId();
		create(first);
		String secondId = create(second);

		var patched = http().send("PATCH", "/scim/v2/Users/" + secondId, patch("{\"op\":\"replace\",\"path\":"
				+ "\"userName\",\"value\":\"" + first.toUpperCase() + "@CORP.EXAMPLE\"}"), AUTH);
		var replaced = http().send("PUT", "/scim/v2/Users/" + secondId,
				ScimEntraSequenceTests.entraCreate(second, first.toLowerCase() + "@corp.example"), AUTH);

		assertThat(List.of(patched, replaced)).allSatisfy((response) -> {
			assertThat(response.statusCode()).isEqualTo(409);
			assertThat(body(response).get("scimType").asString()).isEqualTo("uniqueness");
		});
		assertThat(eventsFor(second)).extracting(IdentityEvent::getEventType).containsExactly(EventType.HIRE);
	}

	@Test
	void shouldBoundPagingWhateverTheClientAsks() {
		create(uniqueEmployeeId());
		create(uniqueEmployeeId());

		var huge = http().get("/scim/v2/Users?startIndex=2&count=2147483647", AUTH);
		var negative = http().get("/scim/v2/Users?startIndex=-5&count=1", AUTH);
		var beyond = http().get("/scim/v2/Users?startIndex=99999999999999999999&count=5", AUTH);

		assertThat(huge.statusCode()).isEqualTo(200);
		assertThat(body(huge).get("itemsPerPage").asInt()).isLessThanOrEqualTo(200);
		assertThat(body(huge).get("startIndex").asInt()).isEqualTo(2);
		assertThat(negative.statusCode()).isEqualTo(200);
		assertThat(body(negative).get("startIndex").asInt()).isEqualTo(1);
		assertThat(body(negative).get("itemsPerPage").asInt()).isEqualTo(1);
		assertThat(beyond.statusCode()).isEqualTo(200);
		assertThat(body(beyond).get("Resources")).isEmpty();
	}

	@Test
	void shouldKeepThePhoneOnAPatchThatDoesNotTouchItAndRemoveItWhenTheExtensionGoes() {
		String employeeId = uniqueEmployeeId();
		String id = create(employeeId);
		String extension = "urn:dialtone:params:scim:schemas:extension:zoomphone:1.0:User";

		http().send("PATCH", "/scim/v2/Users/" + id,
				patch("{\"op\":\"add\",\"path\":\"" + extension + ":siteCode\",\"value\":\"NYC\"}"), AUTH);
		http().send("PATCH", "/scim/v2/Users/" + id,
				patch("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Commodore\"}"), AUTH);
		http().send("PATCH", "/scim/v2/Users/" + id, patch("{\"op\":\"remove\",\"path\":\"" + extension + "\"}"), AUTH);

		assertThat(eventsFor(employeeId)).extracting((event) -> event.getPerson().getPhoneChange())
			.containsExactly(PhoneChange.REPLACE, PhoneChange.REPLACE, PhoneChange.KEEP, PhoneChange.REMOVE);
	}

	@Test
	void shouldRefuseToActOnAnEmployeeAnotherSourceIntroduced() {
		String employeeId = uniqueEmployeeId();
		assertThat(http()
			.post("/api/v1/events",
					"{\"type\":\"HIRE\",\"person\":{\"employeeId\":\"" + employeeId
							+ "\",\"workEmail\":\"x@corp.example\"}}",
					"Authorization", "Bearer " + IntakeTestSupport.DEMO_TOKEN)
			.statusCode()).isEqualTo(202);

		var created = http().post("/scim/v2/Users",
				ScimEntraSequenceTests.entraCreate(employeeId, employeeId.toLowerCase() + "@corp.example"), AUTH);

		assertThat(created.statusCode()).isEqualTo(403);
		assertThat(body(created).get("detail").asString()).contains(employeeId);
		assertThat(eventsFor(employeeId)).extracting(IdentityEvent::getSourceSystem).containsExactly("demo");
	}

}

package dev.dialtone.zoom.simulator;

import java.net.URI;
import java.net.http.HttpRequest;

import dev.dialtone.zoom.simulator.ZoomHttp.Reply;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behaviour Zoom documents that Dialtone once simulated differently: deactivated phone
 * users, the documented filters, {@code me}, the validation message, PATCH fields,
 * unsimulated paths and the work-email change.
 */
class DocumentedBehaviourTests extends SimulatorTestSupport {

	@BeforeEach
	void reset() {
		reseed(Seed.builder().plan("UNLIMITED").owner("owner@corp.example").build());
	}

	@Test
	void aDeactivatedPhoneUserIsTheSameOnEveryPhoneEndpointAndItsNumbersCanBeReleased() {
		String id = zoom.create("ssoCreate", "dee@corp.example");
		zoom.patch("/phone/users/" + id, "{\"extension_number\":\"1500\"}");
		zoom.post("/phone/users/" + id + "/phone_numbers", "{\"phone_numbers\":[{\"number\":\"+12125550100\"}]}");
		zoom.put("/users/" + id + "/status", "{\"action\":\"deactivate\"}");

		assertThat(zoom.get("/phone/users/" + id).json().get("status").asString()).isEqualTo("deactivate");
		JsonNode deactivated = zoom.get("/phone/users?status=deactivate").json();
		assertThat(deactivated.get("total_records").asInt()).isEqualTo(1);
		assertThat(deactivated.at("/users/0/status").asString()).isEqualTo("deactivate");
		assertThat(zoom.get("/phone/users?status=activate").json().get("total_records").asInt()).isZero();
		assertThat(zoom.get("/phone/users").json().get("total_records").asInt()).as("no status: both").isEqualTo(1);
		assertThat(zoom.get("/phone/numbers?type=assigned").json().at("/phone_numbers/0/assignee/id").asString())
			.isEqualTo(id);

		assertThat(zoom.delete("/phone/users/" + id + "/phone_numbers/+12125550100").status()).isEqualTo(204);
		assertThat(simulator.numberHolders()).isEmpty();
		assertThat(zoom.get("/phone/users?status=weird").code()).isEqualTo(300);
	}

	@Test
	void assigningNumbersToAnUnknownUserAnswersTheSpecsText() {
		ZoomHttp.Reply reply = zoom.post("/phone/users/nobody@corp.example/phone_numbers",
				"{\"phone_numbers\":[{\"number\":\"+12125550100\"}]}");
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.code()).isEqualTo(1001);
		assertThat(reply.json().get("message").asString()).isEqualTo("This user does not exist: nobody@corp.example.");
		assertThat(zoom.get("/phone/users/nobody@corp.example").json().get("message").asString())
			.isEqualTo("User does not exist: nobody@corp.example.");
	}

	@Test
	void phoneUsersAreFilteredByKeywordOnEmailNameOrExtension() {
		String ada = zoom.create("ssoCreate", "ada@corp.example");
		zoom.create("ssoCreate", "bob@corp.example");
		zoom.patch("/phone/users/" + ada, "{\"extension_number\":\"1042\"}");
		assertThat(zoom.get("/phone/users?keyword=1042").json().at("/users/0/id").asString()).isEqualTo(ada);
		assertThat(zoom.get("/phone/users?keyword=1042").json().get("total_records").asInt()).isEqualTo(1);
		assertThat(zoom.get("/phone/users?keyword=BOB@corp").json().at("/users/0/email").asString())
			.isEqualTo("bob@corp.example");
		assertThat(zoom.get("/phone/users?keyword=nobody").json().get("total_records").asInt()).isZero();
	}

	@Test
	void numbersAreFilteredByExtensionType() {
		String id = zoom.create("ssoCreate", "cy@corp.example");
		zoom.post("/phone/users/" + id + "/phone_numbers", "{\"phone_numbers\":[{\"number\":\"+12125550101\"}]}");
		JsonNode users = zoom.get("/phone/numbers?type=all&extension_type=user").json();
		assertThat(users.get("total_records").asInt()).isEqualTo(1);
		assertThat(users.at("/phone_numbers/0/number").asString()).isEqualTo("+12125550101");
		assertThat(zoom.get("/phone/numbers?extension_type=callQueue").json().get("total_records").asInt()).isZero();
		assertThat(zoom.get("/phone/numbers?extension_type=robot").code()).isEqualTo(300);
	}

	@Test
	void usersListAddsOnlyTheFieldsIncludeFieldsAsksFor() {
		zoom.create("ssoCreate", "eve@corp.example");
		JsonNode plain = zoom.get("/users").json().at("/users/0");
		assertThat(plain.has("host_key")).isFalse();
		assertThat(plain.has("custom_attributes")).isFalse();
		JsonNode rich = zoom.get("/users?include_fields=host_key,custom_attributes").json().at("/users/0");
		assertThat(rich.get("host_key").asString()).matches("\\d{6}");
		assertThat(rich.get("custom_attributes").isArray()).isTrue();
		assertThat(zoom.get("/users?include_fields=password").code()).isEqualTo(300);
	}

	@Test
	void meIsTheAccountOwnerWhereverAUserIdIsTaken() {
		assertThat(zoom.get("/users/me").json().get("email").asString()).isEqualTo("owner@corp.example");
		assertThat(zoom.patch("/users/me", "{\"feature\":{\"zoom_phone\":true}}").status()).isEqualTo(204);
		assertThat(zoom.get("/phone/users/me").json().get("email").asString()).isEqualTo("owner@corp.example");
		assertThat(zoom.get("/users/me/settings").status()).isEqualTo(200);
		reseed(Seed.builder().plan("UNLIMITED").build());
		assertThat(zoom.get("/users/me").code()).as("a seed without an owner").isEqualTo(1001);
	}

	@Test
	void fieldErrorsAnswerValidationFailedWithTheFieldsListed() {
		Reply invalid = zoom.post("/users", "{\"action\":\"ssoCreate\",\"user_info\":{\"email\":\"nope\"}}");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.code()).isEqualTo(300);
		assertThat(invalid.json().get("message").asString()).isEqualTo("Validation Failed.");
		assertThat(invalid.json().at("/errors/0/field").asString()).isEqualTo("user_info.email");
		assertThat(invalid.json().at("/errors/0/message").asString()).isEqualTo("Invalid field.");
	}

	@Test
	void patchStoresPronounsAndPhone() {
		String id = zoom.create("ssoCreate", "fay@corp.example");
		assertThat(zoom
			.patch("/users/" + id,
					"{\"pronouns\":\"she/her\",\"phone_number\":\"+12125551234\",\"phone_country\":\"US\"}")
			.status()).isEqualTo(204);
		JsonNode user = zoom.get("/users/" + id).json();
		assertThat(user.get("pronouns").asString()).isEqualTo("she/her");
		assertThat(user.get("phone_number").asString()).isEqualTo("+12125551234");
		assertThat(user.get("phone_country").asString()).isEqualTo("US");
	}

	@Test
	void unsimulatedApiPathsCheckTheTokenFirst() {
		HttpRequest bogus = zoom.request("GET", "/meetings/123", null, "bogus").build();
		Reply reply = zoom.send(bogus);
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.code()).isEqualTo(124);
		assertThat(zoom.get("/meetings/123").status()).as("a valid token reaches the 404").isEqualTo(404);
		assertThat(URI.create(simulator.baseUrl()).getPath()).isEqualTo("/v2");
	}

	@Test
	void theWorkEmailChangesOnAManagedDomainAndTheUserKeepsEverythingElse() {
		String id = zoom.create("ssoCreate", "gus@corp.example");
		zoom.patch("/phone/users/" + id, "{\"extension_number\":\"1600\"}");
		assertThat(zoom.put("/users/" + id + "/email", "{\"email\":\"gus.new@corp.example\"}").status()).isEqualTo(204);
		JsonNode user = zoom.get("/users/gus.new@corp.example").json();
		assertThat(user.get("id").asString()).isEqualTo(id);
		assertThat(user.get("status").asString()).isEqualTo("active");
		assertThat(user.get("login_types").toString()).isEqualTo("[101]");
		assertThat(zoom.get("/users/gus@corp.example").code()).isEqualTo(1001);
		assertThat(zoom.get("/phone/users/" + id).json().get("extension_number").asLong()).isEqualTo(1600);
		assertThat(zoom.create("ssoCreate", "gus@corp.example")).as("the old email is free again").isNotBlank();
	}

	@Test
	void theWorkEmailChangeIsRefusedAsZoomDocumentsIt() {
		String id = zoom.create("ssoCreate", "hal@corp.example");
		zoom.create("ssoCreate", "taken@corp.example");
		Reply inUse = zoom.put("/users/" + id + "/email", "{\"email\":\"Taken@corp.example\"}");
		assertThat(inUse.status()).isEqualTo(409);
		assertThat(inUse.code()).isEqualTo(1005);
		assertThat(zoom.put("/users/" + id + "/email", "{\"email\":\"pat.personal@corp.example\"}").code())
			.as("a personal Zoom account holds it")
			.isEqualTo(1005);
		Reply unmanaged = zoom.put("/users/" + id + "/email", "{\"email\":\"hal@acquired.example\"}");
		assertThat(unmanaged.status()).isEqualTo(400);
		assertThat(unmanaged.code()).isEqualTo(1116);
		assertThat(zoom.put("/users/" + id + "/email", "{\"email\":\"nope\"}").code()).isEqualTo(300);
		String pending = zoom.create("ssoCreate", "ivy@acquired.example");
		assertThat(zoom.put("/users/" + pending + "/email", "{\"email\":\"ivy@corp.example\"}").code()).isEqualTo(1000);
		assertThat(zoom.put("/users/nobody@corp.example/email", "{\"email\":\"x@corp.example\"}").code())
			.isEqualTo(1001);
		assertThat(zoom.get("/users/" + id).json().get("email").asString()).isEqualTo("hal@corp.example");
	}

}

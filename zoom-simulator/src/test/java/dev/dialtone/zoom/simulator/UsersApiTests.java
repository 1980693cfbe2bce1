package dev.dialtone.zoom.simulator;

import java.util.HashSet;
import java.util.Set;

import dev.dialtone.zoom.simulator.ZoomHttp.Reply;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The Users API shapes and codes Dialtone relies on, beyond the pending trap. */
class UsersApiTests extends SimulatorTestSupport {

	@BeforeEach
	void reset() {
		reseed(Seed.builder().plan("UNLIMITED").build());
	}

	@Test
	void listsUsersByStatusAcrossPages() {
		for (int i = 0; i < 7; i++) {
			zoom.create("ssoCreate", "user" + i + "@corp.example");
		}
		zoom.create("ssoCreate", "late@acquired.example");
		Set<String> seen = new HashSet<>();
		String token = "";
		do {
			Reply page = zoom.get("/users?status=active&page_size=3&next_page_token=" + token);
			assertThat(page.json().get("total_records").asInt()).isEqualTo(7);
			page.json().get("users").forEach((u) -> seen.add(u.get("email").asString()));
			token = page.json().get("next_page_token").asString();
		}
		while (!token.isEmpty());
		assertThat(seen).hasSize(7).doesNotContain("late@acquired.example");
		JsonNode pending = zoom.get("/users?status=pending").json();
		assertThat(pending.get("total_records").asInt()).isEqualTo(1);
		assertThat(pending.at("/users/0/id").asString()).isNotBlank();
		assertThat(zoom.get("/users?status=weird").status()).isEqualTo(400);
	}

	@Test
	void patchUpdatesProfileAndPhoneFeature() {
		String id = zoom.create("ssoCreate", "ada@corp.example");
		Reply patched = zoom.patch("/users/" + id,
				"{\"first_name\":\"Augusta\",\"dept\":\"Engineering\",\"feature\":{\"zoom_phone\":false}}");
		assertThat(patched.status()).isEqualTo(204);
		JsonNode user = zoom.get("/users/" + id).json();
		assertThat(user.get("first_name").asString()).isEqualTo("Augusta");
		assertThat(user.get("dept").asString()).isEqualTo("Engineering");
		assertThat(zoom.get("/users/" + id + "/settings").json().at("/feature/zoom_phone").asBoolean()).isFalse();
		assertThat(zoom.patch("/users/nobody@corp.example", "{\"first_name\":\"X\"}").code()).isEqualTo(1001);
	}

	@Test
	void statusChangesDeactivateAndReactivate() {
		String id = zoom.create("ssoCreate", "bo@corp.example");
		assertThat(zoom.put("/users/" + id + "/status", "{\"action\":\"deactivate\"}").status()).isEqualTo(204);
		assertThat(zoom.get("/users/" + id).json().get("status").asString()).isEqualTo("inactive");
		assertThat(zoom.get("/users?status=inactive").json().get("total_records").asInt()).isEqualTo(1);
		assertThat(zoom.put("/users/" + id + "/status", "{\"action\":\"activate\"}").status()).isEqualTo(204);
		assertThat(simulator.usersByStatus()).containsEntry("active", 1L).containsEntry("inactive", 0L);
		assertThat(zoom.put("/users/" + id + "/status", "{\"action\":\"explode\"}").status()).isEqualTo(400);
	}

	@Test
	void deleteRemovesTheUserAndFreesTheEmail() {
		String id = zoom.create("ssoCreate", "cy@corp.example");
		assertThat(zoom.delete("/users/" + id + "?action=delete").status()).isEqualTo(204);
		assertThat(zoom.get("/users/" + id).code()).isEqualTo(1001);
		assertThat(zoom.delete("/users/" + id).status()).isEqualTo(404);
		assertThat(zoom.create("ssoCreate", "cy@corp.example")).isNotEqualTo(id);
		assertThat(zoom.delete("/users/cy@corp.example?action=vanish").status()).isEqualTo(400);
	}

	@Test
	void emailCheckSeesOnlyNonSsoUsersOfOurAccount() {
		zoom.create("create", "dee@corp.example");
		zoom.create("ssoCreate", "eve@corp.example");
		assertThat(zoom.get("/users/email?email=dee@corp.example").json().get("existed_email").asBoolean()).isTrue();
		assertThat(zoom.get("/users/email?email=eve@corp.example").json().get("existed_email").asBoolean()).isFalse();
		assertThat(zoom.get("/users/email?email=nobody@corp.example").json().get("existed_email").asBoolean())
			.isFalse();
		assertThat(zoom.get("/users/email").code()).isEqualTo(300);
	}

	@Test
	void createValidatesItsInput() {
		Reply noEmail = zoom.post("/users", "{\"action\":\"ssoCreate\",\"user_info\":{}}");
		assertThat(noEmail.status()).isEqualTo(400);
		assertThat(noEmail.code()).isEqualTo(300);
		assertThat(noEmail.json().at("/errors/0/field").asString()).isEqualTo("user_info.email");
		assertThat(zoom.post("/users", "{\"action\":\"teleport\",\"user_info\":{\"email\":\"a@corp.example\"}}").code())
			.isEqualTo(300);
		assertThat(zoom.post("/users", "not json").code()).isEqualTo(300);
		Reply custCreate = zoom.post("/users",
				"{\"action\":\"custCreate\",\"user_info\":{\"email\":\"api@corp.example\",\"type\":1}}");
		assertThat(custCreate.status()).isEqualTo(201);
	}

	@Test
	void managedDomainsListSeededDomainsWithTheirStatus() {
		JsonNode domains = zoom.get("/accounts/me/managed_domains").json();
		assertThat(domains.get("total_records").asInt()).isEqualTo(2);
		assertThat(domains.get("domains").toString()).contains("corp.example", "acquired.example")
			.doesNotContain("typo-corp.example");
		assertThat(zoom.get("/accounts/" + simulator.accountId() + "/managed_domains").status()).isEqualTo(200);
		assertThat(zoom.get("/accounts/someone-else/managed_domains").status()).isEqualTo(404);
	}

	@Test
	void everyResponseCarriesATrackingIdAndIsLogged() {
		simulator.clearRequestLog();
		Reply reply = zoom.post("/users", "{\"action\":\"ssoCreate\",\"user_info\":{\"email\":\"fay@corp.example\"}}");
		assertThat(reply.header("x-zm-trackingid")).isNotBlank();
		assertThat(zoom.get("/nothing/here").header("x-zm-trackingid")).isNotBlank();
		assertThat(simulator.requestLog()).anySatisfy((entry) -> {
			assertThat(entry.endpoint()).isEqualTo("POST /users");
			assertThat(entry.status()).isEqualTo(201);
			assertThat(entry.body()).contains("fay@corp.example");
			assertThat(entry.timestamp()).isNotNull();
		});
		simulator.clearRequestLog();
		assertThat(simulator.requestLog()).isEmpty();
	}

}

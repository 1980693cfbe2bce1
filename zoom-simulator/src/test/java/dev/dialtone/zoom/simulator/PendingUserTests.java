package dev.dialtone.zoom.simulator;

import java.net.URI;
import java.net.http.HttpRequest;

import dev.dialtone.zoom.simulator.ZoomHttp.Reply;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pending trap, cause by cause, as Zoom produces it (reference §2, §4). */
class PendingUserTests extends SimulatorTestSupport {

	@BeforeEach
	void reset() {
		reseed(Seed.demo());
	}

	@Test
	void ssoCreateOnVerifiedDomainGivesActiveSsoUserButTheCreateReplyHasNoStatus() {
		Reply created = zoom.post("/users",
				"{\"action\":\"ssoCreate\",\"user_info\":{\"email\":\"ada@corp.example\",\"type\":1,"
						+ "\"first_name\":\"Ada\",\"last_name\":\"Lovelace\"}}");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().has("status")).isFalse();
		assertThat(created.json().get("email").asString()).isEqualTo("ada@corp.example");
		Reply user = zoom.get("/users/ada@corp.example");
		assertThat(user.json().get("status").asString()).isEqualTo("active");
		assertThat(user.json().get("verified").asInt()).isEqualTo(1);
		assertThat(user.json().get("login_types").toString()).isEqualTo("[101]");
		assertThat(user.json().get("id").asString()).isEqualTo(created.json().get("id").asString());
	}

	@Test
	void ssoCreateOnUnverifiedOrMissingDomainStill201ButPending() {
		String unverified = zoom.create("ssoCreate", "bo@acquired.example");
		String missing = zoom.create("ssoCreate", "cy@typo-corp.example");
		assertThat(zoom.get("/users/" + unverified).json().get("status").asString()).isEqualTo("pending");
		assertThat(zoom.get("/users/" + missing).json().get("status").asString()).isEqualTo("pending");
		assertThat(simulator.usersByStatus()).containsEntry("pending", 2L).containsEntry("active", 0L);
	}

	@Test
	void personalAccountMakesPendingOnAVerifiedDomainAndEmailCheckCannotSeeIt() {
		assertThat(zoom.get("/users/email?email=pat.personal@corp.example").json().get("existed_email").asBoolean())
			.isFalse();
		String id = zoom.create("ssoCreate", "pat.personal@corp.example");
		assertThat(zoom.get("/users/" + id).json().get("status").asString()).isEqualTo("pending");
		Reply managed = zoom.get("/accounts/me/managed_domains");
		assertThat(managed.body()).contains("\"domain\":\"corp.example\",\"status\":\"verified\"");
	}

	@Test
	void consolidationThenDeleteAndRecreateGivesActiveUserWithSsoAndWorkEmailLogins() {
		String pendingId = zoom.create("ssoCreate", "pat.personal@corp.example");
		simulator.consolidate("pat.personal@corp.example");
		assertThat(zoom.get("/users/" + pendingId).json().get("status").asString()).isEqualTo("pending");
		assertThat(zoom.delete("/users/" + pendingId + "?action=disassociate").status()).isEqualTo(204);
		String id = zoom.create("ssoCreate", "pat.personal@corp.example");
		Reply user = zoom.get("/users/" + id);
		assertThat(user.json().get("status").asString()).isEqualTo("active");
		assertThat(user.json().get("login_types").toString()).isEqualTo("[101,100]");
	}

	@Test
	void redoingSsoCreateWithoutConsolidationStaysPending() {
		String first = zoom.create("ssoCreate", "sam.personal@corp.example");
		zoom.delete("/users/" + first);
		String second = zoom.create("ssoCreate", "sam.personal@corp.example");
		assertThat(zoom.get("/users/" + second).json().get("status").asString()).isEqualTo("pending");
	}

	@Test
	void verifyingTheDomainMakesTheNextSsoCreateActive() {
		String pending = zoom.create("ssoCreate", "dee@acquired.example");
		simulator.verifyDomain("acquired.example");
		zoom.delete("/users/" + pending);
		String id = zoom.create("ssoCreate", "dee@acquired.example");
		assertThat(zoom.get("/users/" + id).json().get("status").asString()).isEqualTo("active");
	}

	@Test
	void preProvisioningOffAnswers2002AndCreatesNobody() {
		simulator.setPreProvisioning(false);
		Reply reply = zoom.post("/users", "{\"action\":\"ssoCreate\",\"user_info\":{\"email\":\"ed@corp.example\"}}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.code()).isEqualTo(2002);
		assertThat(simulator.users()).isEmpty();
	}

	@Test
	void emailAlreadyInTheAccountIsA409With1005() {
		zoom.create("ssoCreate", "fay@corp.example");
		Reply again = zoom.post("/users", "{\"action\":\"ssoCreate\",\"user_info\":{\"email\":\"FAY@corp.example\"}}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo(1005);
		assertThat(again.json().get("message").asString()).contains("FAY@corp.example");
		assertThat(simulator.users()).hasSize(1);
	}

	@Test
	void createActionIsPendingUntilThePersonClicksTheLink() {
		String id = zoom.create("create", "gus@corp.example");
		assertThat(zoom.get("/users/" + id).json().get("status").asString()).isEqualTo("pending");
		String link = simulator.user(id).activationLink();
		Reply clicked = zoom.send(HttpRequest.newBuilder(URI.create(simulator.rootUrl() + link)).GET().build());
		assertThat(clicked.status()).isEqualTo(200);
		Reply user = zoom.get("/users/" + id);
		assertThat(user.json().get("status").asString()).isEqualTo("active");
		assertThat(user.json().get("login_types").toString()).isEqualTo("[100]");
	}

	@Test
	void pendingUsersGet404OnPhoneAnd400OnSettingsUntilActivated() {
		String id = zoom.create("ssoCreate", "hal@acquired.example");
		Reply phone = zoom.get("/phone/users/" + id);
		assertThat(phone.status()).isEqualTo(404);
		assertThat(phone.code()).isEqualTo(1001);
		Reply settings = zoom.get("/users/" + id + "/settings");
		assertThat(settings.status()).isEqualTo(400);
		assertThat(settings.code()).isEqualTo(1000);
		assertThat(zoom.patch("/users/" + id + "/settings", "{\"feature\":{\"zoom_phone\":true}}").code())
			.isEqualTo(1000);
		assertThat(simulator.activate("hal@acquired.example")).isTrue();
		assertThat(zoom.get("/phone/users/" + id).status()).isEqualTo(200);
		assertThat(zoom.get("/users/" + id + "/settings").json().at("/feature/zoom_phone").asBoolean()).isTrue();
	}

	@Test
	void pendingUserCanBeDeletedByEmailWithDisassociate() {
		zoom.create("ssoCreate", "ivy@typo-corp.example");
		assertThat(zoom.delete("/users/ivy@typo-corp.example?action=disassociate").status()).isEqualTo(204);
		Reply gone = zoom.get("/users/ivy@typo-corp.example");
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.code()).isEqualTo(1001);
	}

}

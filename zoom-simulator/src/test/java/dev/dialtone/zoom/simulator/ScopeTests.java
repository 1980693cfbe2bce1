package dev.dialtone.zoom.simulator;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.dialtone.zoom.simulator.ZoomHttp.Reply;
import dev.dialtone.zoom.simulator.api.RequiredScopes;
import dev.dialtone.zoom.simulator.api.Route;
import dev.dialtone.zoom.simulator.api.Routes;
import dev.dialtone.zoom.simulator.seed.Behaviour;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Server-to-Server app's scopes: the token carries them, and an endpoint outside them
 * answers 400/4711 naming the scopes it would take.
 */
class ScopeTests extends SimulatorTestSupport {

	private static final String ASSIGN_NUMBER = "{\"phone_numbers\":[{\"number\":\"+12125550100\"}]}";

	@BeforeEach
	void reset() {
		reseed(Seed.builder().plan("UNLIMITED").build());
	}

	@Test
	void theTokenResponseListsTheDefaultScopesAndEveryEndpointDialtoneUsesAnswers() {
		Reply token = zoom.token(simulator.clientId(), simulator.clientSecret(), simulator.accountId());
		assertThat(token.json().get("scope").asString().split(" "))
			.containsExactlyInAnyOrderElementsOf(Seed.Credentials.DEFAULT_SCOPES);
		String id = zoom.create("ssoCreate", "ada@corp.example");
		assertThat(zoom.post("/phone/users/" + id + "/phone_numbers", ASSIGN_NUMBER).status()).isEqualTo(200);
	}

	@Test
	void aCallOutsideTheGrantedScopesIsRefusedWith4711NamingTheScopes() {
		reseed(Seed.builder().plan("UNLIMITED").withoutScope("phone:write:admin").build());
		String id = zoom.create("ssoCreate", "ada@corp.example");
		assertThat(zoom.get("/phone/users/" + id).status()).isEqualTo(200);
		Reply refused = zoom.post("/phone/users/" + id + "/phone_numbers", ASSIGN_NUMBER);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo(4711);
		assertThat(refused.json().get("message").asString()).isEqualTo(
				"Invalid access token, does not contain scopes:[phone:write:user_number, phone:write:user_number:admin].");
		assertThat(refused.header("x-zm-trackingid")).isNotBlank();
		assertThat(simulator.numberHolders()).doesNotContainKey("+12125550100");
		assertThat(simulator.requestLog()).last().extracting((entry) -> entry.status()).isEqualTo(400);
	}

	@Test
	void aGranularScopeIsAsGoodAsTheClassicOne() {
		List<String> scopes = new ArrayList<>(Seed.Credentials.DEFAULT_SCOPES);
		scopes.remove("phone:write:admin");
		scopes.add("phone:write:user_number:admin");
		reseed(Seed.builder().plan("UNLIMITED").scopes(scopes).build());
		String id = zoom.create("ssoCreate", "ada@corp.example");
		assertThat(zoom.post("/phone/users/" + id + "/phone_numbers", ASSIGN_NUMBER).status()).isEqualTo(200);
		Reply refused = zoom.patch("/phone/users/" + id, "{\"extension_number\":\"1001\"}");
		assertThat(refused.code()).isEqualTo(4711);
		assertThat(refused.json().get("message").asString()).contains("phone:update:user:admin");
	}

	@Test
	void aGrantedScopeReachesTheNextTokenNotTheOneAlreadyIssued() {
		reseed(Seed.builder().plan("UNLIMITED").withoutScope("phone:write:admin").build());
		String id = zoom.create("ssoCreate", "ada@corp.example");
		assertThat(zoom.post("/phone/users/" + id + "/phone_numbers", ASSIGN_NUMBER).code()).isEqualTo(4711);
		simulator.setGrantedScopes(Seed.Credentials.DEFAULT_SCOPES);
		assertThat(simulator.grantedScopes()).contains("phone:write:admin");
		assertThat(zoom.post("/phone/users/" + id + "/phone_numbers", ASSIGN_NUMBER).code()).isEqualTo(4711);
		zoom.forgetToken();
		assertThat(zoom.post("/phone/users/" + id + "/phone_numbers", ASSIGN_NUMBER).status()).isEqualTo(200);
		assertThat(simulator.user(id)).isNotNull();
	}

	@Test
	void theStatusCodeAndReachOfGrantsAreConfigurable() {
		Behaviour behaviour = new Behaviour(null, null, null, null, null, null, null, null, null, null,
				new Behaviour.ErrorChoice(403, 4711, Behaviour.MISSING_SCOPE_MESSAGE), true, null, null, null);
		reseed(Seed.builder().withoutScope("user:read:admin").behaviour(behaviour).build());
		Reply refused = zoom.get("/users/nobody@corp.example");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("message").asString()).contains("user:read:user:admin");
		simulator.setGrantedScopes(Seed.Credentials.DEFAULT_SCOPES);
		assertThat(zoom.get("/users/nobody@corp.example").status()).isEqualTo(404);
	}

	@Test
	void everyRouteDeclaresItsScopesAndThePhoneOnesAreTheSpecs() throws Exception {
		JsonNode paths = ZoomHttp.JSON.readTree(Files.readString(PhoneSpec.location())).get("paths");
		for (Route route : Routes.ALL) {
			RequiredScopes.EndpointScopes scopes = RequiredScopes.of(route.key());
			assertThat(scopes).as(route.key()).isNotNull();
			assertThat(scopes.named()).as(route.key()).isNotEmpty();
			if (route.phone()) {
				JsonNode operation = paths.get(route.template()).get(route.method().toLowerCase());
				Set<String> specScopes = new HashSet<>();
				operation.get("security").get(0).get("openapi_oauth").forEach((s) -> specScopes.add(s.asString()));
				assertThat(scopes.accepted()).as(route.key()).containsExactlyInAnyOrderElementsOf(specScopes);
				List<String> granular = new ArrayList<>();
				operation.get("x-extensions").get("x-granular-scopes").forEach((s) -> granular.add(s.asString()));
				assertThat(scopes.granular()).as(route.key()).containsExactlyInAnyOrderElementsOf(granular);
			}
		}
	}

}

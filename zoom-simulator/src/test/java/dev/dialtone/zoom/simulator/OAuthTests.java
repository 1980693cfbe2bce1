package dev.dialtone.zoom.simulator;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Base64;

import dev.dialtone.zoom.simulator.ZoomHttp.Reply;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Server-to-Server OAuth: credentials, account id, expiring tokens, 401/124. */
class OAuthTests extends SimulatorTestSupport {

	@BeforeEach
	void reset() {
		reseed(Seed.demo());
	}

	@Test
	void issuesBearerTokensForTheSeededAppAndAccount() {
		Reply reply = zoom.token(simulator.clientId(), simulator.clientSecret(), simulator.accountId());
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("token_type").asString()).isEqualTo("bearer");
		assertThat(reply.json().get("expires_in").asInt()).isEqualTo(3600);
		assertThat(reply.json().get("scope").asString()).contains("user:write:admin", "phone:write:admin");
		assertThat(reply.header("x-zm-trackingid")).isNotBlank();
	}

	@Test
	void acceptsParametersInTheQueryStringToo() {
		String basic = Base64.getEncoder()
			.encodeToString((simulator.clientId() + ":" + simulator.clientSecret()).getBytes());
		Reply reply = zoom.send(HttpRequest
			.newBuilder(URI
				.create(simulator.oauthUrl() + "?grant_type=account_credentials&account_id=" + simulator.accountId()))
			.header("Authorization", "Basic " + basic)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("access_token").asString()).isNotBlank();
	}

	@Test
	void rejectsWrongSecretAndWrongAccount() {
		Reply badSecret = zoom.token(simulator.clientId(), "nope", simulator.accountId());
		assertThat(badSecret.status()).isEqualTo(401);
		assertThat(badSecret.json().get("error").asString()).isEqualTo("invalid_client");
		Reply badAccount = zoom.token(simulator.clientId(), simulator.clientSecret(), "other-account");
		assertThat(badAccount.status()).isEqualTo(400);
	}

	@Test
	void apiCallsWithoutOrWithUnknownTokenGet401Code124() {
		Reply unknown = zoom.send(zoom.request("GET", "/users/x@corp.example", null, "forged").build());
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.code()).isEqualTo(124);
		assertThat(unknown.header("x-zm-trackingid")).isNotBlank();
	}

	@Test
	void expiredTokensGet401Code124AndANewTokenWorks() {
		assertThat(zoom.get("/users?status=active").status()).isEqualTo(200);
		simulator.expireTokens();
		Reply expired = zoom.get("/users?status=active");
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.code()).isEqualTo(124);
		zoom.forgetToken();
		assertThat(zoom.get("/users?status=active").status()).isEqualTo(200);
	}

	@Test
	void tokenLifetimeComesFromTheSeedSoTestsCanWatchExpiry() {
		simulator.seed(Seed.builder().tokenLifetimeSeconds(1).build());
		Reply reply = zoom.token(simulator.clientId(), simulator.clientSecret(), simulator.accountId());
		assertThat(reply.json().get("expires_in").asInt()).isEqualTo(1);
		String token = reply.json().get("access_token").asString();
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.until(() -> zoom.send(zoom.request("GET", "/users", null, token).build()).status() == 401);
	}

	@Test
	void severalTokensAreValidAtOnce() {
		String first = zoom.token(simulator.clientId(), simulator.clientSecret(), simulator.accountId())
			.json()
			.get("access_token")
			.asString();
		String second = zoom.token(simulator.clientId(), simulator.clientSecret(), simulator.accountId())
			.json()
			.get("access_token")
			.asString();
		assertThat(first).isNotEqualTo(second);
		assertThat(zoom.send(zoom.request("GET", "/users", null, first).build()).status()).isEqualTo(200);
		assertThat(zoom.send(zoom.request("GET", "/users", null, second).build()).status()).isEqualTo(200);
	}

}

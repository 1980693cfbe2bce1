package dev.dialtone.idp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LocalIdentityProviderTests {

	private static LocalIdentityProvider provider;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		provider = LocalIdentityProvider.start()
			.addMachineClient("robot", "robot-secret", "dialtone-operators")
			.addPerson("ada", "pw", "Ada Lovelace", "ada@corp.example", "dialtone-viewers");
	}

	@AfterAll
	static void stop() {
		provider.close();
	}

	@Test
	void publishesOpenIdDiscoveryOnLoopback() throws Exception {
		HttpResponse<String> discovery = get(provider.issuerUri() + "/.well-known/openid-configuration");

		assertThat(provider.issuerUri()).startsWith("http://127.0.0.1:");
		assertThat(discovery.statusCode()).isEqualTo(200);
		assertThat(discovery.body()).contains("\"issuer\":\"" + provider.issuerUri() + "\"")
			.contains("\"jwks_uri\"")
			.contains("authorization_code");
	}

	@Test
	void machineTokenIsASignedJwtCarryingItsGroups() {
		String token = provider.machineToken("robot", "robot-secret");

		String[] parts = token.split("\\.");
		assertThat(parts).hasSize(3);
		String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		assertThat(claims).contains("\"groups\":[\"dialtone-operators\"]")
			.contains("\"sub\":\"robot\"")
			.contains("\"iss\":\"" + provider.issuerUri() + "\"");
	}

	@Test
	void wrongClientSecretGetsNoToken() {
		assertThatIllegalStateException().isThrownBy(() -> provider.machineToken("robot", "guess"))
			.withMessageContaining("401");
	}

	@Test
	void unauthenticatedAuthorizeRequestIsSentToTheSignInForm() throws Exception {
		provider.addLoginClient("page", "page-secret", "http://127.0.0.1:1/login/oauth2/code/dialtone");
		HttpRequest authorize = HttpRequest
			.newBuilder(URI.create(provider.issuerUri() + "/oauth2/authorize?response_type=code&client_id=page"
					+ "&scope=openid&redirect_uri=http://127.0.0.1:1/login/oauth2/code/dialtone&state=s"))
			.header("Accept", "text/html")
			.build();

		HttpResponse<String> response = this.http.send(authorize, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	private HttpResponse<String> get(String url) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

}

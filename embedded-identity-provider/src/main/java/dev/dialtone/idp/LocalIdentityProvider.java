package dev.dialtone.idp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * A real OpenID Connect provider (Spring Authorization Server) on 127.0.0.1, in this JVM:
 * authorization-code sign-in for people (Spring Security's login form),
 * client-credentials tokens for machines, a {@value #GROUPS_CLAIM} claim carrying each
 * one's groups. Sign-in tests and the local run use it in place of Entra ID, Okta or
 * Keycloak.
 */
public final class LocalIdentityProvider implements AutoCloseable {

	/** The claim that carries group names, as Entra ID and Okta name it. */
	public static final String GROUPS_CLAIM = "groups";

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private final ConfigurableApplicationContext context;

	private final String issuer;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private LocalIdentityProvider(ConfigurableApplicationContext context) {
		this.context = context;
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		this.issuer = "http://127.0.0.1:" + port;
	}

	/** Starts a provider on a free loopback port. */
	public static LocalIdentityProvider start() {
		return start(0);
	}

	/** Starts a provider on the given loopback port (0 for a free one). */
	public static LocalIdentityProvider start(int port) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(ProviderConfiguration.class);
		// the host JVM owns logging: a nested application must not re-initialise it
		Set<ApplicationListener<?>> listeners = new LinkedHashSet<>(builder.application().getListeners());
		listeners.removeIf((listener) -> listener instanceof LoggingApplicationListener);
		builder.application().setListeners(listeners);
		ConfigurableApplicationContext context = builder.web(WebApplicationType.SERVLET)
			// its own name, so the host application's application.yml is not read
			.properties("spring.config.name=dialtone-identity-provider", "server.address=127.0.0.1",
					"server.port=" + port, "spring.main.banner-mode=off", "spring.jmx.enabled=false")
			.registerShutdownHook(true)
			.run();
		return new LocalIdentityProvider(context);
	}

	/**
	 * The issuer URI applications configure
	 * ({@code spring.security.oauth2...issuer-uri}).
	 */
	public String issuerUri() {
		return this.issuer;
	}

	/** A person who signs in with username and password and carries the given groups. */
	public LocalIdentityProvider addPerson(String username, String password, String name, String email,
			String... groups) {
		directory().addPerson(username, password, name, email, List.of(groups));
		return this;
	}

	/**
	 * An application people sign in to (authorization code), redirecting to
	 * {@code redirectUri}.
	 */
	public LocalIdentityProvider addLoginClient(String clientId, String secret, String redirectUri) {
		RegisteredClient client = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(clientId)
			.clientSecret(directory().encoder().encode(secret))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUri(redirectUri)
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.scope(OidcScopes.EMAIL)
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(false).build())
			.build();
		clients().save(client);
		return this;
	}

	/**
	 * A machine that obtains tokens with client credentials and carries the given groups.
	 */
	public LocalIdentityProvider addMachineClient(String clientId, String secret, String... groups) {
		RegisteredClient client = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(clientId)
			.clientSecret(directory().encoder().encode(secret))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.build();
		clients().save(client);
		directory().addMachine(clientId, List.of(groups));
		return this;
	}

	/**
	 * An access token (a signed JWT) for a machine client, from the real token endpoint.
	 */
	public String machineToken(String clientId, String secret) {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.issuer + "/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			Matcher token = ACCESS_TOKEN.matcher(response.body());
			if (response.statusCode() != 200 || !token.find()) {
				throw new IllegalStateException("token endpoint answered " + response.statusCode());
			}
			return token.group(1);
		}
		catch (IOException ex) {
			throw new IllegalStateException("token endpoint unreachable", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

	private Directory directory() {
		return this.context.getBean(Directory.class);
	}

	private ClientRegistry clients() {
		return this.context.getBean(ClientRegistry.class);
	}

}

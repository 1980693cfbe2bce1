package dev.dialtone.local;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.dialtone.idp.LocalIdentityProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in for the local run without any account: an OpenID Connect provider in this JVM,
 * one operator with a password generated at start, the auditor's page registered as a
 * login client and an operator machine client for API calls. The services receive their
 * settings through {@code SPRING_APPLICATION_JSON} in their environment, never as
 * arguments.
 */
final class LocalSignIn implements AutoCloseable {

	static final String OPERATOR = "operator";

	static final String OPERATORS_GROUP = "dialtone-operators";

	static final String VIEWERS_GROUP = "dialtone-viewers";

	static final String MACHINE_CLIENT = "local-operator-bot";

	private static final String REGISTRATION = "dialtone";

	private static final String AUDITOR_CLIENT = "dialtone-auditor";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LocalIdentityProvider provider;

	private final String operatorPassword = secret();

	private final String auditorClientSecret = secret();

	private final String machineSecret = secret();

	private LocalSignIn(LocalIdentityProvider provider, String auditorUrl) {
		this.provider = provider;
		provider.addPerson(OPERATOR, this.operatorPassword, "Local Operator", "operator@corp.example", OPERATORS_GROUP)
			.addLoginClient(AUDITOR_CLIENT, this.auditorClientSecret, auditorUrl + "/login/oauth2/code/" + REGISTRATION)
			.addMachineClient(MACHINE_CLIENT, this.machineSecret, OPERATORS_GROUP);
	}

	/** Starts the provider for an auditor that will listen at {@code auditorUrl}. */
	static LocalSignIn start(String auditorUrl) {
		return new LocalSignIn(LocalIdentityProvider.start(), auditorUrl);
	}

	String issuerUri() {
		return this.provider.issuerUri();
	}

	String operatorPassword() {
		return this.operatorPassword;
	}

	/** A fresh bearer token of the operator machine client. */
	String operatorToken() {
		return this.provider.machineToken(MACHINE_CLIENT, this.machineSecret);
	}

	/**
	 * The auditor's page signs people in here; its API and the worker accept this
	 * issuer's tokens.
	 */
	Map<String, String> auditorEnvironment(String auditorUrl) {
		Map<String, Object> settings = resourceServer();
		settings.put("spring.security.oauth2.client.registration." + REGISTRATION + ".client-id", AUDITOR_CLIENT);
		settings.put("spring.security.oauth2.client.registration." + REGISTRATION + ".client-secret",
				this.auditorClientSecret);
		settings.put("spring.security.oauth2.client.registration." + REGISTRATION + ".scope", "openid,profile,email");
		settings.put("spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri", issuerUri());
		settings.put("dialtone.auditor.security.operator-groups", OPERATORS_GROUP);
		settings.put("dialtone.auditor.security.viewer-groups", VIEWERS_GROUP);
		settings.put("dialtone.auditor.public-url", auditorUrl);
		return Map.of("SPRING_APPLICATION_JSON", JSON.writeValueAsString(settings));
	}

	Map<String, String> workerEnvironment() {
		Map<String, Object> settings = resourceServer();
		settings.put("dialtone.worker.security.operator-groups", OPERATORS_GROUP);
		return Map.of("SPRING_APPLICATION_JSON", JSON.writeValueAsString(settings));
	}

	private Map<String, Object> resourceServer() {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuerUri());
		return settings;
	}

	@Override
	public void close() {
		this.provider.close();
	}

	private static String secret() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}

package dev.dialtone.producer.auth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.dialtone.producer.config.ProducerProperties.Source;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@Tag("fast")
class SourceAuthenticatorTests {

	static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

	static final byte[] BODY = "{\"type\":\"HIRE\"}".getBytes(StandardCharsets.UTF_8);

	final SourceAuthenticator authenticator = new SourceAuthenticator(Map.of("workday", new Source(null, "wd-secret"),
			"demo", new Source("demo-token", null), "unset", new Source("", " ")), Duration.ofMinutes(5),
			Clock.fixed(NOW, ZoneOffset.UTC));

	static RequestCredentials signed(String source, String secret, Instant at, byte[] body) {
		String timestamp = Long.toString(at.getEpochSecond());
		return new RequestCredentials(source, null, timestamp, HmacSignature.sign(secret, timestamp, body), body);
	}

	@Test
	void shouldAcceptAValidSignatureInsideTheReplayWindow() {
		assertThat(this.authenticator.authenticate(signed("workday", "wd-secret", NOW.minusSeconds(120), BODY)))
			.isEqualTo("workday");
	}

	@Test
	void shouldIdentifyTheSourceFromItsBearerToken() {
		assertThat(this.authenticator.authenticate(new RequestCredentials(null, "Bearer demo-token", null, null, BODY)))
			.isEqualTo("demo");
	}

	@Test
	void shouldRejectASignatureMadeWithAnotherSecretOrOverAnotherBody() {
		assertReason(signed("workday", "guess", NOW, BODY), "bad_signature");
		RequestCredentials tampered = signed("workday", "wd-secret", NOW, BODY);
		assertReason(new RequestCredentials("workday", null, tampered.timestamp(), tampered.signature(),
				"{\"type\":\"TERMINATE\"}".getBytes(StandardCharsets.UTF_8)), "bad_signature");
	}

	@Test
	void shouldRejectStaleAndFutureTimestamps() {
		assertReason(signed("workday", "wd-secret", NOW.minus(Duration.ofMinutes(6)), BODY), "stale_timestamp");
		assertReason(signed("workday", "wd-secret", NOW.plus(Duration.ofMinutes(6)), BODY), "stale_timestamp");
	}

	@Test
	void shouldRequireASignatureFromASourceWithASecretEvenWithABearerToken() {
		assertReason(new RequestCredentials("workday", "Bearer demo-token", null, null, BODY), "missing_signature");
	}

	@Test
	void shouldRejectWrongTokensUnknownSourcesAndBlankConfiguration() {
		assertReason(new RequestCredentials(null, "Bearer nope", null, null, BODY), "missing_credentials");
		assertReason(new RequestCredentials("demo", "Bearer nope", null, null, BODY), "bad_token");
		assertReason(new RequestCredentials("sap", "Bearer demo-token", null, null, BODY), "unknown_source");
		assertReason(new RequestCredentials("unset", "Bearer ", null, null, BODY), "unknown_source");
		assertReason(new RequestCredentials(null, null, null, null, BODY), "missing_credentials");
	}

	void assertReason(RequestCredentials credentials, String reason) {
		assertThatExceptionOfType(AuthenticationFailedException.class)
			.isThrownBy(() -> this.authenticator.authenticate(credentials))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

	@Test
	void shouldRejectTimestampsBeyondAnyInstantAsStaleRatherThanFail() {
		for (String timestamp : List.of(Long.toString(Long.MAX_VALUE), Long.toString(Long.MIN_VALUE))) {
			assertReason(new RequestCredentials("workday", null, timestamp,
					HmacSignature.sign("wd-secret", timestamp, BODY), BODY), "stale_timestamp");
		}
	}

}

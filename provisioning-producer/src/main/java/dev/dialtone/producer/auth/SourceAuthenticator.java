package dev.dialtone.producer.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import dev.dialtone.producer.config.ProducerProperties.Source;

/**
 * Decides which source system sent a request. A source configured with an HMAC secret
 * must sign (timestamp inside the replay window); a source with only a bearer token must
 * present it. Replays inside the window are harmless: they carry the same event ids and
 * are deduplicated by the publisher.
 */
final class SourceAuthenticator {

	private final Map<String, Source> sources;

	private final Duration replayWindow;

	private final Clock clock;

	SourceAuthenticator(Map<String, Source> sources, Duration replayWindow, Clock clock) {
		this.sources = Map.copyOf(sources);
		this.replayWindow = replayWindow;
		this.clock = clock;
	}

	Source source(String name) {
		return this.sources.get(name);
	}

	/**
	 * Returns the authenticated source name or throws
	 * {@link AuthenticationFailedException}.
	 */
	public String authenticate(RequestCredentials request) {
		String token = request.bearerToken();
		String claimed = request.source();
		if (claimed == null && token != null) {
			claimed = sourceForToken(token);
		}
		if (claimed == null) {
			throw new AuthenticationFailedException("missing_credentials", null,
					"send Authorization: Bearer <token>, or X-Dialtone-Source with a signature");
		}
		Source source = this.sources.get(claimed);
		if (source == null || !(source.hasBearerToken() || source.hasHmacSecret())) {
			throw new AuthenticationFailedException("unknown_source", null, "source is not configured");
		}
		if (source.hasHmacSecret()) {
			checkSignature(claimed, source, request);
		}
		if (source.hasBearerToken() && !tokenMatches(source, token)) {
			throw new AuthenticationFailedException("bad_token", claimed, "bearer token missing or not valid");
		}
		return claimed;
	}

	private String sourceForToken(String token) {
		return this.sources.entrySet()
			.stream()
			.filter((entry) -> tokenMatches(entry.getValue(), token))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

	private static boolean tokenMatches(Source source, String token) {
		return token != null && source.hasBearerToken() && MessageDigest
			.isEqual(source.bearerToken().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
	}

	private void checkSignature(String name, Source source, RequestCredentials request) {
		if (request.signature() == null || request.timestamp() == null) {
			throw new AuthenticationFailedException("missing_signature", name,
					"this source must sign requests (X-Dialtone-Timestamp and X-Dialtone-Signature)");
		}
		long seconds;
		try {
			seconds = Long.parseLong(request.timestamp().strip());
		}
		catch (NumberFormatException ex) {
			throw new AuthenticationFailedException("bad_timestamp", name,
					"X-Dialtone-Timestamp must be Unix epoch seconds");
		}
		// compared as numbers: any long is a valid header, but not every long is an
		// Instant
		long now = this.clock.instant().getEpochSecond();
		long window = this.replayWindow.toSeconds();
		if (seconds < now - window || seconds > now + window) {
			throw new AuthenticationFailedException("stale_timestamp", name,
					"timestamp is outside the " + window + "s replay window; check the sender's clock");
		}
		// the body is read only now, after the cheap checks, and through the size limit
		String expected = HmacSignature.sign(source.hmacSecret(), request.timestamp().strip(), request.body().get());
		if (!HmacSignature.matches(expected, request.signature())) {
			throw new AuthenticationFailedException("bad_signature", name,
					"signature does not match v1=hex(HMAC_SHA256(secret, timestamp + \".\" + body))");
		}
	}

}

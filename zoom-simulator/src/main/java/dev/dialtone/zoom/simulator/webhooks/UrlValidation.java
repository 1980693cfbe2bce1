package dev.dialtone.zoom.simulator.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import dev.dialtone.zoom.simulator.seed.CurrentSeed;
import dev.dialtone.zoom.simulator.seed.Seed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Zoom's {@code endpoint.url_validation} challenge: sends a random plainToken (signed
 * like any event) and checks the receiver answers 200 with
 * {@code encryptedToken = hex(HMAC_SHA256(secret, plainToken))} within 3 seconds.
 */
@Component
public class UrlValidation {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebhookPublisher publisher;

	private final CurrentSeed seed;

	UrlValidation(WebhookPublisher publisher, CurrentSeed seed) {
		this.publisher = publisher;
		this.seed = seed;
	}

	public Result validate() {
		Seed.Webhook target = this.seed.get().webhook();
		if (target.url() == null) {
			return new Result(false, 0, null, null, "no webhook url seeded");
		}
		byte[] random = new byte[16];
		ThreadLocalRandom.current().nextBytes(random);
		String plainToken = HexFormat.of().formatHex(random);
		String body = "{\"payload\":{\"plainToken\":\"" + plainToken + "\"},\"event_ts\":" + System.currentTimeMillis()
				+ ",\"event\":\"endpoint.url_validation\"}";
		String expected = WebhookSigner.hmacHex((target.secretToken() != null) ? target.secretToken() : "", plainToken);
		String timestamp = Long.toString(System.currentTimeMillis() / 1000);
		HttpRequest request = HttpRequest.newBuilder(URI.create(target.url()))
			.timeout(Duration.ofSeconds(3))
			.header("Content-Type", "application/json; charset=utf-8")
			.header("x-zm-request-timestamp", timestamp)
			.header("x-zm-signature",
					WebhookSigner.signature((target.secretToken() != null) ? target.secretToken() : "", timestamp,
							body))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = this.publisher.http().send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode reply = JSON.readTree(response.body());
			String encrypted = reply.path("encryptedToken").asString(null);
			boolean valid = response.statusCode() == 200 && plainToken.equals(reply.path("plainToken").asString(null))
					&& expected.equals(encrypted);
			return new Result(valid, response.statusCode(), plainToken, encrypted, valid ? null : "token mismatch");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Result(false, 0, plainToken, null, ex.toString());
		}
		catch (IOException | RuntimeException ex) {
			return new Result(false, 0, plainToken, null, ex.toString());
		}
	}

	/** Whether the receiver passed, what it answered, and why not. */
	public record Result(boolean valid, int status, String plainToken, String encryptedToken, String error) {
	}

}

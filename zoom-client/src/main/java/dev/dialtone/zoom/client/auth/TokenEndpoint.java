package dev.dialtone.zoom.client.auth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomErrorKind;
import dev.dialtone.zoom.client.ratelimit.RetryAfter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST oauth-url} with {@code grant_type=account_credentials}, Basic auth.
 * Internal to the client.
 */
public final class TokenEndpoint {

	private static final Logger logger = LoggerFactory.getLogger(TokenEndpoint.class);

	private final HttpClient http;

	private final JsonMapper json;

	private final URI oauthUrl;

	private final String accountId;

	private final String basicAuth;

	private final Duration timeout;

	private final Clock clock;

	private final Counter requests;

	public TokenEndpoint(HttpClient http, JsonMapper json, URI oauthUrl, String accountId, String clientId,
			String clientSecret, Duration timeout, Clock clock, MeterRegistry registry) {
		this.http = http;
		this.json = json;
		this.oauthUrl = oauthUrl;
		this.accountId = accountId;
		String credentials = String.valueOf(clientId) + ":" + String.valueOf(clientSecret);
		this.basicAuth = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
		this.timeout = timeout;
		this.clock = clock;
		this.requests = Counter.builder("dialtone.zoom.token.requests")
			.description("Access token requests sent to Zoom's OAuth endpoint")
			.register(registry);
	}

	AccessToken fetch() {
		if (this.accountId == null || this.accountId.isBlank()) {
			throw failure(ZoomErrorKind.UNAUTHORIZED, 0, "No Zoom account id configured (ZOOM_ACCOUNT_ID)", null);
		}
		String form = "grant_type=account_credentials&account_id="
				+ URLEncoder.encode(this.accountId, StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(this.oauthUrl)
			.timeout(this.timeout)
			.header("Authorization", this.basicAuth)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		this.requests.increment();
		HttpResponse<String> response = send(request);
		if (response.statusCode() != 200) {
			throw refused(response);
		}
		JsonNode body = this.json.readTree(response.body());
		String token = body.path("access_token").asString(null);
		if (token == null || token.isBlank()) {
			throw failure(ZoomErrorKind.INVALID_RESPONSE, 200, "Token response without access_token", null);
		}
		AccessToken issued = AccessToken.issued(token, body.path("expires_in").asLong(3600), this.clock.instant());
		logger.info("Obtained a Zoom access token for account {}; renewing it at {}", this.accountId, issued.renewAt());
		return issued;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (HttpTimeoutException ex) {
			throw failure(ZoomErrorKind.TIMEOUT, 0, "Token request timed out", ex);
		}
		catch (IOException ex) {
			throw failure(ZoomErrorKind.CONNECTION_FAILED, 0, "Token request failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw failure(ZoomErrorKind.CONNECTION_FAILED, 0, "Interrupted during token request", ex);
		}
	}

	private String reason(String body) {
		try {
			JsonNode node = this.json.readTree(body);
			return node.path("reason").asString(node.path("message").asString(node.path("error").asString("")));
		}
		catch (RuntimeException ex) {
			return "(unreadable body)";
		}
	}

	/**
	 * A refusal says whether asking again can help: a 429 (the endpoint's own rate limit,
	 * met in a burst of renewals or under a fault storm) and a 5xx are transient like any
	 * other call's, so the caller's retry budget applies; only the other 4xx (bad
	 * credentials, unknown account) are final.
	 */
	private ZoomApiException refused(HttpResponse<String> response) {
		int status = response.statusCode();
		ZoomErrorKind kind = (status == 429) ? ZoomErrorKind.RATE_LIMITED
				: (status >= 500) ? ZoomErrorKind.SERVER_ERROR : ZoomErrorKind.UNAUTHORIZED;
		Instant retryAt = RetryAfter
			.parse(response.headers().firstValue("Retry-After").orElse(null), this.clock.instant())
			.orElse(null);
		return new ZoomApiException(kind, null, status, null, "Token request refused: " + reason(response.body()), null,
				retryAt, Duration.ZERO, 1, null);
	}

	private static ZoomApiException failure(ZoomErrorKind kind, int status, String message, Throwable cause) {
		return new ZoomApiException(kind, null, status, null, message, null, null, Duration.ZERO, 1, cause);
	}

}

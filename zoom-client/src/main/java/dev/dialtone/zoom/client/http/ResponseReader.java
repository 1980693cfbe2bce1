package dev.dialtone.zoom.client.http;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomEndpoint;
import dev.dialtone.zoom.client.ZoomErrorKind;
import dev.dialtone.zoom.client.ratelimit.RateLimitSignal;
import dev.dialtone.zoom.client.ratelimit.RetryAfter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what every Zoom response carries (tracking id, rate-limit headers, error body)
 * and decodes success bodies.
 */
final class ResponseReader {

	private final JsonMapper json;

	private final Clock clock;

	ResponseReader(JsonMapper json, Clock clock) {
		this.json = json;
		this.clock = clock;
	}

	Outcome read(HttpResponse<byte[]> response) {
		HttpHeaders headers = response.headers();
		int status = response.statusCode();
		Integer code = null;
		String message = null;
		if (status >= 300) {
			try {
				JsonNode node = this.json.readTree(response.body());
				code = node.path("code").isNumber() ? node.path("code").asInt() : null;
				message = node.path("message").asString(null);
			}
			catch (JacksonException ex) {
				// not JSON (a proxy's error page, say): keep the start of the text as the
				// message
			}
			if (message == null) {
				message = "HTTP " + status + ": " + snippet(response.body());
			}
		}
		Instant retryAt = RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), this.clock.instant())
			.orElse(null);
		RateLimitSignal signal = new RateLimitSignal(status, headers.firstValue("X-RateLimit-Category").orElse(null),
				headers.firstValue("X-RateLimit-Type").orElse(null), integer(headers, "X-RateLimit-Limit"),
				integer(headers, "X-RateLimit-Remaining"), retryAt,
				status == 429 && ErrorClassifier.isConcurrencyLimit(message));
		return new Outcome(status, code, message, headers.firstValue("x-zm-trackingid").orElse(null), signal);
	}

	<T> T decode(HttpResponse<byte[]> response, Class<T> type, ZoomEndpoint endpoint, Outcome outcome,
			Duration duration, int attempt) {
		byte[] body = response.body();
		if (type == Void.class || body == null || body.length == 0) {
			return null;
		}
		try {
			return this.json.readValue(body, type);
		}
		catch (JacksonException ex) {
			throw new ZoomApiException(ZoomErrorKind.INVALID_RESPONSE, endpoint, outcome.status(), null,
					"Undecodable body: " + ex.getOriginalMessage(), outcome.trackingId(), null, duration, attempt, ex);
		}
	}

	private static Integer integer(HttpHeaders headers, String name) {
		try {
			return headers.firstValue(name).map(String::trim).map(Integer::valueOf).orElse(null);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String snippet(byte[] body) {
		String text = (body != null) ? new String(body, StandardCharsets.UTF_8) : "";
		return (text.length() > 200) ? text.substring(0, 200) : text;
	}

	record Outcome(int status, Integer zoomCode, String message, String trackingId, RateLimitSignal signal) {

		boolean isSuccess() {
			return this.status >= 200 && this.status < 300;
		}

		ZoomApiException toException(ZoomErrorKind kind, ZoomEndpoint endpoint, Duration duration, int attempt) {
			return new ZoomApiException(kind, endpoint, this.status, this.zoomCode, this.message, this.trackingId,
					this.signal.retryAt(), duration, attempt, null);
		}

	}

}

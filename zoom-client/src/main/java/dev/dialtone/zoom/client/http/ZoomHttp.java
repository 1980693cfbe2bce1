package dev.dialtone.zoom.client.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomEndpoint;
import dev.dialtone.zoom.client.ZoomErrorKind;
import dev.dialtone.zoom.client.ZoomResponse;
import dev.dialtone.zoom.client.auth.AccessTokenProvider;
import dev.dialtone.zoom.client.ratelimit.PermitUnavailableException;
import dev.dialtone.zoom.client.ratelimit.RateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one {@link ZoomCall}: takes a rate-limit permit, adds the bearer token, records
 * metrics, feeds rate-limit signals back to the limiter and turns failures into
 * {@link ZoomApiException}s. Renews the token and retries once on 401 / code 124; never
 * retries anything else. A missing scope (4711) is not retried, but the token is dropped
 * so the next call gets one with the app's current scopes. Internal to the client.
 */
public final class ZoomHttp {

	private static final Logger logger = LoggerFactory.getLogger(ZoomHttp.class);

	private final HttpClient http;

	private final JsonMapper json;

	private final String baseUrl;

	private final AccessTokenProvider tokens;

	private final RateLimiter limiter;

	private final Duration readTimeout;

	private final ResponseReader reader;

	private final CallMetrics metrics;

	public ZoomHttp(HttpClient http, JsonMapper json, URI apiBaseUrl, AccessTokenProvider tokens, RateLimiter limiter,
			Duration readTimeout, Clock clock, MeterRegistry registry) {
		this.http = http;
		this.json = json;
		this.baseUrl = apiBaseUrl.toString().replaceAll("/+$", "");
		this.tokens = tokens;
		this.limiter = limiter;
		this.readTimeout = readTimeout;
		this.reader = new ResponseReader(json, clock);
		this.metrics = new CallMetrics(registry);
	}

	/**
	 * @param call what to send
	 * @param type body type to decode, {@code Void.class} for none
	 * @return the decoded response with its metadata
	 * @throws ZoomApiException for every failure
	 */
	public <T> ZoomResponse<T> exchange(ZoomCall call, Class<T> type) {
		ZoomEndpoint endpoint = call.endpoint();
		Duration waited = Duration.ZERO;
		for (int attempt = 1;; attempt++) {
			waited = waited.plus(acquire(endpoint, attempt));
			String token = token(endpoint, attempt);
			long start = System.nanoTime();
			HttpResponse<byte[]> response = send(call, token, attempt, start);
			long nanos = System.nanoTime() - start;
			ResponseReader.Outcome outcome = this.reader.read(response);
			this.limiter.onResponse(endpoint.family(), endpoint.category(), outcome.signal());
			Duration duration = Duration.ofNanos(nanos);
			logger.debug("Zoom {} {} -> {} in {} ms (tracking id {})", endpoint.method(), endpoint.pathTemplate(),
					response.statusCode(), duration.toMillis(), outcome.trackingId());
			if (outcome.isSuccess()) {
				T body = this.reader.decode(response, type, endpoint, outcome, duration, attempt);
				this.metrics.record(endpoint, response.statusCode(), "SUCCESS", nanos);
				return new ZoomResponse<>(body, response.statusCode(), outcome.trackingId(), endpoint, duration, waited,
						attempt);
			}
			ZoomErrorKind kind = ErrorClassifier.classify(response.statusCode(), outcome.zoomCode());
			this.metrics.record(endpoint, response.statusCode(), kind.name(), nanos);
			if (attempt == 1 && ErrorClassifier.isTokenRejected(response.statusCode(), outcome.zoomCode())) {
				this.tokens.invalidate(token);
				continue;
			}
			if (kind == ZoomErrorKind.MISSING_SCOPE) {
				// not retried; but a token carries the scopes the app had when it was
				// issued, so drop it: once an admin adds the scope, the next call (a
				// re-drive) fetches a token that has it
				this.tokens.invalidate(token);
			}
			throw outcome.toException(kind, endpoint, duration, attempt);
		}
	}

	private Duration acquire(ZoomEndpoint endpoint, int attempt) {
		try {
			return this.limiter.acquire(endpoint.family(), endpoint.category());
		}
		catch (PermitUnavailableException ex) {
			throw new ZoomApiException(ZoomErrorKind.BUDGET_EXHAUSTED, endpoint, 0, null, ex.getMessage(), null,
					ex.availableAt(), Duration.ZERO, attempt, ex);
		}
	}

	private String token(ZoomEndpoint endpoint, int attempt) {
		try {
			return this.tokens.token();
		}
		catch (ZoomApiException ex) {
			throw new ZoomApiException(ex.kind(), endpoint, ex.status(), null, ex.zoomMessage(), null,
					ex.retryAt().orElse(null), ex.duration(), attempt, ex);
		}
	}

	private HttpResponse<byte[]> send(ZoomCall call, String token, int attempt, long start) {
		ZoomEndpoint endpoint = call.endpoint();
		try {
			return this.http.send(request(call, token), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (HttpTimeoutException ex) {
			throw ioFailure(ZoomErrorKind.TIMEOUT, endpoint, "No response within the timeout", attempt, start, ex);
		}
		catch (IOException ex) {
			throw ioFailure(ZoomErrorKind.CONNECTION_FAILED, endpoint, ex.toString(), attempt, start, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw ioFailure(ZoomErrorKind.CONNECTION_FAILED, endpoint, "Interrupted", attempt, start, ex);
		}
	}

	private ZoomApiException ioFailure(ZoomErrorKind kind, ZoomEndpoint endpoint, String message, int attempt,
			long start, Exception cause) {
		long nanos = System.nanoTime() - start;
		this.metrics.record(endpoint, 0, kind.name(), nanos);
		return new ZoomApiException(kind, endpoint, 0, null, message, null, null, Duration.ofNanos(nanos), attempt,
				cause);
	}

	private HttpRequest request(ZoomCall call, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + call.pathAndQuery()))
			.timeout(this.readTimeout)
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
		if (call.body() == null) {
			return builder.method(call.endpoint().method(), HttpRequest.BodyPublishers.noBody()).build();
		}
		byte[] body = this.json.writeValueAsBytes(call.body());
		return builder.header("Content-Type", "application/json")
			.method(call.endpoint().method(), HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

}

package dev.dialtone.zoom.simulator.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

import dev.dialtone.zoom.simulator.seed.CurrentSeed;
import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seedable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Sends user.* events to the seeded webhook URL the way Zoom does: envelope {event,
 * event_ts, payload}, compact JSON, signed with {@code x-zm-signature} over the raw body
 * and {@code x-zm-request-timestamp} (seconds). Delivery is asynchronous and never fails
 * the API call that caused it.
 */
@Component
public class WebhookPublisher implements Seedable {

	private static final Logger log = LoggerFactory.getLogger(WebhookPublisher.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	private final CurrentSeed seed;

	private final ConcurrentLinkedQueue<WebhookDelivery> deliveries = new ConcurrentLinkedQueue<>();

	WebhookPublisher(CurrentSeed seed) {
		this.seed = seed;
	}

	@Override
	public void apply(Seed seed) {
		this.deliveries.clear();
	}

	/**
	 * Publishes {@code event} for our account with {@code object} (and extra payload
	 * fields) if a URL is seeded.
	 */
	public CompletableFuture<WebhookDelivery> publish(String event, Map<String, Object> object,
			Map<String, Object> extraPayload) {
		Seed.Webhook target = this.seed.get().webhook();
		if (target.url() == null || target.url().isBlank()) {
			return CompletableFuture.completedFuture(null);
		}
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("account_id", this.seed.get().account().id());
		payload.putAll(extraPayload);
		payload.put("object", object);
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("event", event);
		envelope.put("event_ts", System.currentTimeMillis());
		envelope.put("payload", payload);
		return send(event, target, JSON.writeValueAsString(envelope));
	}

	/** Posts a signed body and records the outcome; also used for URL validation. */
	CompletableFuture<WebhookDelivery> send(String event, Seed.Webhook target, String body) {
		String timestamp = Long.toString(System.currentTimeMillis() / 1000);
		String secret = (target.secretToken() != null) ? target.secretToken() : "";
		HttpRequest request = HttpRequest.newBuilder(URI.create(target.url()))
			.timeout(Duration.ofSeconds(3))
			.header("Content-Type", "application/json; charset=utf-8")
			.header("User-Agent", "Zoom Marketplace/1.0a")
			.header("x-zm-request-timestamp", timestamp)
			.header("x-zm-signature", WebhookSigner.signature(secret, timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		Instant sentAt = Instant.now();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
			WebhookDelivery delivery = (error == null)
					? new WebhookDelivery(sentAt, event, target.url(), body, response.statusCode(), null)
					: new WebhookDelivery(sentAt, event, target.url(), body, 0, error.toString());
			if (error != null) {
				log.warn("Webhook {} to {} failed: {}", event, target.url(), error.toString());
			}
			this.deliveries.add(delivery);
			return delivery;
		});
	}

	HttpClient http() {
		return this.http;
	}

	public List<WebhookDelivery> deliveries() {
		return new ArrayList<>(this.deliveries);
	}

}

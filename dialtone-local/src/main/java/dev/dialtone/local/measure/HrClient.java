package dev.dialtone.local.measure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * An HR system's client of the producers' HTTP API: requests go round-robin over every
 * producer instance (as behind a load balancer); a 503 or a refused connection is retried
 * with the same body — the same event ids, so the producers deduplicate — first on the
 * next instance, and after {@code Retry-After} (capped) once every instance has failed.
 */
public final class HrClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);

	private static final long MAX_RETRY_AFTER_MILLIS = 10_000;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final List<String> producerUrls;

	private final String bearerToken;

	private final AtomicInteger next = new AtomicInteger();

	private final AtomicLong serviceUnavailable = new AtomicLong();

	private final AtomicLong unreachable = new AtomicLong();

	private final AtomicLong retries = new AtomicLong();

	public HrClient(List<String> producerUrls, String bearerToken) {
		this.producerUrls = List.copyOf(producerUrls);
		this.bearerToken = bearerToken;
	}

	/**
	 * Posts one batch until a producer accepts it; returns the event ids it acknowledged.
	 */
	public List<String> submit(List<JsonNode> events) {
		ArrayNode batch = JSON.createArrayNode();
		events.forEach(batch::add);
		String body = JSON.writeValueAsString(JSON.createObjectNode().set("events", batch));
		Instant deadline = Instant.now().plus(GIVE_UP_AFTER);
		int failedInARow = 0;
		long retryAfterMillis = 1_000;
		while (true) {
			String url = this.producerUrls.get(Math.floorMod(this.next.getAndIncrement(), this.producerUrls.size()));
			try {
				HttpResponse<String> response = this.http.send(request(url, body),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 202) {
					List<String> ids = new ArrayList<>();
					JSON.readTree(response.body()).get("eventIds").forEach((id) -> ids.add(id.asText()));
					return ids;
				}
				if (response.statusCode() != 503) {
					throw new IllegalStateException(
							"Producer " + url + " answered " + response.statusCode() + ": " + response.body());
				}
				this.serviceUnavailable.incrementAndGet();
				retryAfterMillis = response.headers()
					.firstValueAsLong("Retry-After")
					.stream()
					.map((seconds) -> seconds * 1000)
					.findFirst()
					.orElse(1_000L);
			}
			catch (IOException ex) {
				// the instance is down (killed) or restarting: the load balancer moves on
				this.unreachable.incrementAndGet();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("No producer accepted a batch within " + GIVE_UP_AFTER);
			}
			this.retries.incrementAndGet();
			failedInARow++;
			if (failedInARow % this.producerUrls.size() == 0) {
				pause(Math.min(retryAfterMillis, MAX_RETRY_AFTER_MILLIS));
			}
		}
	}

	private HttpRequest request(String url, String body) {
		return HttpRequest.newBuilder(URI.create(url + "/api/v1/events/batch"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + this.bearerToken)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	/** 503 answers received (the producers could not get Kafka's acknowledgement). */
	public long serviceUnavailable() {
		return this.serviceUnavailable.get();
	}

	/** Requests that found no producer listening (killed or restarting instance). */
	public long unreachable() {
		return this.unreachable.get();
	}

	public long retries() {
		return this.retries.get();
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

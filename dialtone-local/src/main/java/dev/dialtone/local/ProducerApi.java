package dev.dialtone.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** Submits HR events to the producer's HTTP API the way an HR system would. */
final class ProducerApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final String bearerToken;

	ProducerApi(String baseUrl, String bearerToken) {
		this.baseUrl = baseUrl;
		this.bearerToken = bearerToken;
	}

	/** Posts the events in batches and returns the event ids the producer accepted. */
	List<String> submit(List<JsonNode> events, int batchSize) {
		List<String> accepted = new ArrayList<>();
		for (int from = 0; from < events.size(); from += batchSize) {
			ArrayNode batch = JSON.createArrayNode();
			events.subList(from, Math.min(events.size(), from + batchSize)).forEach(batch::add);
			JsonNode body = post("/api/v1/events/batch", JSON.createObjectNode().set("events", batch));
			body.get("eventIds").forEach(id -> accepted.add(id.asText()));
		}
		return accepted;
	}

	/** Posts one event and returns its id. */
	String submit(JsonNode event) {
		return post("/api/v1/events", event).get("eventIds").get(0).asText();
	}

	private JsonNode post(String path, JsonNode payload) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + bearerToken)
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload)))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 202) {
				throw new IllegalStateException("Producer answered " + response.statusCode() + ": " + response.body());
			}
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not reach the producer at " + baseUrl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static List<JsonNode> readEvents(InputStream in) {
		List<JsonNode> events = new ArrayList<>();
		JSON.readTree(in).get("events").forEach(events::add);
		return events;
	}

}

package dev.dialtone.zoom.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON client for the simulator's /_sim control API. */
final class ControlClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String root;

	ControlClient(String root) {
		this.root = root;
	}

	<T> T get(String path, TypeReference<T> type) {
		return JSON.readValue(send(request(path).GET().build()), type);
	}

	<T> T post(String path, Object body, TypeReference<T> type) {
		return JSON.readValue(send(json(request(path), body, "POST")), type);
	}

	<T> T put(String path, Object body, TypeReference<T> type) {
		return JSON.readValue(send(json(request(path), body, "PUT")), type);
	}

	void delete(String path) {
		send(request(path).DELETE().build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.root + path)).timeout(Duration.ofSeconds(30));
	}

	private static HttpRequest json(HttpRequest.Builder builder, Object body, String method) {
		String payload = (body != null) ? JSON.writeValueAsString(body) : "";
		return builder.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(payload))
			.build();
	}

	private String send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(request.method() + " " + request.uri() + " -> " + response.statusCode()
						+ " " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

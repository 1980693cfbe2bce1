package dev.dialtone.zoom.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bare HTTP caller for tests: gets a token like a Server-to-Server OAuth app and calls
 * the Zoom paths.
 */
final class ZoomHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ZoomSimulator simulator;

	private String token;

	ZoomHttp(ZoomSimulator simulator) {
		this.simulator = simulator;
	}

	Reply token(String clientId, String secret, String accountId) {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.simulator.oauthUrl()))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=account_credentials&account_id=" + accountId))
			.build();
		return send(request);
	}

	String token() {
		if (this.token == null) {
			Reply reply = token(this.simulator.clientId(), this.simulator.clientSecret(), this.simulator.accountId());
			this.token = reply.json().get("access_token").asString();
		}
		return this.token;
	}

	void forgetToken() {
		this.token = null;
	}

	Reply get(String path) {
		return call("GET", path, null);
	}

	Reply post(String path, String json) {
		return call("POST", path, json);
	}

	Reply patch(String path, String json) {
		return call("PATCH", path, json);
	}

	Reply put(String path, String json) {
		return call("PUT", path, json);
	}

	Reply delete(String path) {
		return call("DELETE", path, null);
	}

	Reply call(String method, String path, String json) {
		return send(request(method, path, json, token()).build());
	}

	HttpRequest.Builder request(String method, String path, String json, String bearer) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.simulator.baseUrl() + path))
			.timeout(Duration.ofSeconds(20))
			.header("Authorization", "Bearer " + bearer);
		if (json != null) {
			builder.header("Content-Type", "application/json");
		}
		return builder.method(method,
				(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
	}

	Reply send(HttpRequest request) {
		try {
			return new Reply(this.http.send(request, HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpClient client() {
		return this.http;
	}

	/** Creates a user with the given action and returns its id. */
	String create(String action, String email) {
		Reply reply = post("/users", "{\"action\":\"" + action + "\",\"user_info\":{\"email\":\"" + email
				+ "\",\"type\":1,\"first_name\":\"Test\",\"last_name\":\"User\",\"feature\":{\"zoom_phone\":true}}}");
		if (reply.status() != 201) {
			throw new IllegalStateException("create failed: " + reply.status() + " " + reply.body());
		}
		return reply.json().get("id").asString();
	}

	/**
	 * A server response: status, headers and the body parsed as JSON when there is one.
	 */
	record Reply(HttpResponse<String> response) {

		int status() {
			return this.response.statusCode();
		}

		String body() {
			return this.response.body();
		}

		String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

		JsonNode json() {
			return JSON.readTree(this.response.body());
		}

		int code() {
			return json().get("code").asInt();
		}

	}

}

package dev.dialtone.zoom.client.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Records the client's requests exactly as they go over the wire so they can be validated
 * against Zoom's spec. It answers with the least a client can decode (a token, {@code {}}
 * or 204); it plays none of Zoom's behaviour, which is the simulator's job.
 */
final class RequestRecorder implements AutoCloseable {

	private final HttpServer server;

	private final List<Recorded> requests = new CopyOnWriteArrayList<>();

	RequestRecorder() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/v2");
	}

	URI oauthUrl() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/oauth/token");
	}

	List<Recorded> requests() {
		return List.copyOf(this.requests);
	}

	void clear() {
		this.requests.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		URI uri = exchange.getRequestURI();
		this.requests.add(new Recorded(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
				Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8)));
		String method = exchange.getRequestMethod();
		String answer = uri.getPath().endsWith("/oauth/token")
				? "{\"access_token\":\"recorded\",\"token_type\":\"bearer\",\"expires_in\":3600,\"scope\":\"\"}"
				: uri.getPath().endsWith("/phone/users/batch") ? "[]"
						: ("GET".equals(method) || "POST".equals(method)) ? "{}" : null;
		if (answer == null) {
			exchange.sendResponseHeaders(204, -1);
		}
		else {
			byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, bytes.length);
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/** One request as received. */
	record Recorded(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String body) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.map((e) -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

}

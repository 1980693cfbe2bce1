package dev.dialtone.zoom.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;

/**
 * A tiny webhook endpoint for tests: records what Zoom (the simulator) sent and answers
 * URL validation.
 */
final class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final String secret;

	private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

	WebhookReceiver(String secret) {
		this.secret = secret;
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/zoom/webhooks", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Map<String, List<String>> headers = Map.copyOf(exchange.getRequestHeaders());
			this.received.add(new Received(headers, body));
			JsonNode json = ZoomHttp.JSON.readTree(body);
			byte[] reply = new byte[0];
			if ("endpoint.url_validation".equals(json.get("event").asString())) {
				String plain = json.at("/payload/plainToken").asString();
				reply = ("{\"plainToken\":\"" + plain + "\",\"encryptedToken\":\"" + hmac(plain) + "\"}")
					.getBytes(StandardCharsets.UTF_8);
			}
			exchange.sendResponseHeaders(200, (reply.length == 0) ? -1 : reply.length);
			exchange.getResponseBody().write(reply);
			exchange.close();
		});
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/zoom/webhooks";
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	String hmac(String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * One POST as received: headers (lower-case keys are not guaranteed) and the raw
	 * body.
	 */
	record Received(Map<String, List<String>> headers, String body) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.map((e) -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		String event() {
			return ZoomHttp.JSON.readTree(this.body).get("event").asString();
		}

	}

}

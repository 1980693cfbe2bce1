package dev.dialtone.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A loopback stand-in for the status auditor's {@code /actuator/prometheus}: it exports the metric the pending-spike
 * alert watches, one more incident on every scrape, as the auditor does while a spike goes on.
 */
final class AuditorStandIn implements AutoCloseable {

	private final HttpServer server;

	private final AtomicInteger scrapes = new AtomicInteger();

	private AuditorStandIn(HttpServer server) {
		this.server = server;
	}

	static AuditorStandIn start(String metric) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		AuditorStandIn standIn = new AuditorStandIn(server);
		server.createContext("/actuator/prometheus", (exchange) -> {
			int incidents = standIn.scrapes.incrementAndGet();
			String type = metric.endsWith("_total") ? "counter" : "gauge";
			byte[] body = ("""
					# HELP %1$s Pending-user spike incidents
					# TYPE %1$s %2$s
					%1$s{cause="DOMAIN_NOT_VERIFIED",domain="corp.example"} %3$d
					""".formatted(metric, type, incidents)).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
		return standIn;
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	String address() {
		return "127.0.0.1:" + this.server.getAddress().getPort();
	}

	int scrapes() {
		return this.scrapes.get();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}

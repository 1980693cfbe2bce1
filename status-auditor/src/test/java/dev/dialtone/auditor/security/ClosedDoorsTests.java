package dev.dialtone.auditor.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import dev.dialtone.auditor.support.Auditors;
import dev.dialtone.auditor.support.TestTopics;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor with no OpenID provider, no JWT issuer and no webhook secret configured:
 * every door that needs them refuses everyone, none is open; health still answers probes.
 */
class ClosedDoorsTests {

	private static final TestTopics topics = new TestTopics("closed-doors");

	private static final ZoomSimulator sim = ZoomSimulator.start();

	private static ConfigurableApplicationContext auditor;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		auditor = Auditors.start(topics, sim, Map.of());
	}

	@AfterAll
	static void stop() {
		auditor.close();
		sim.close();
	}

	@Test
	void withoutCredentialsConfiguredThePageApiAndWebhooksRefuseEveryone() throws Exception {
		assertThat(status("GET", "/", null)).isEqualTo(401);
		assertThat(status("GET", "/auditor.js", null)).isEqualTo(401);
		assertThat(status("GET", "/oauth2/authorization/dialtone", null)).isEqualTo(401);
		assertThat(status("GET", "/api/v1/anomalies", null)).isEqualTo(401);
		assertThat(status("GET", "/api/v1/anomalies", "Bearer eyJhbGciOiJub25lIn0.e30.")).isEqualTo(401);
		assertThat(status("POST", "/api/v1/anomalies/E1/redrive", null)).isIn(401, 403);
		assertThat(status("POST", "/zoom/webhooks", null)).isEqualTo(401);
		assertThat(status("GET", "/actuator/metrics", null)).isEqualTo(401);
		assertThat(status("GET", "/actuator/health", null)).isEqualTo(200);
	}

	private int status(String method, String path, String authorization) throws Exception {
		int port = ((WebServerApplicationContext) auditor).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString("{}"));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}

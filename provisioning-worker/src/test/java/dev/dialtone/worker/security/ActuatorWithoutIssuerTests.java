package dev.dialtone.worker.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.dialtone.worker.WorkerApplication;
import dev.dialtone.worker.support.WorkerTestSupport;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Without an issuer or JWK set the protected endpoints are denied, never open. */
@SpringBootTest(classes = WorkerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActuatorWithoutIssuerTests {

	static final ZoomSimulator simulator = ZoomSimulator.start(Seed.builder().plan("UNLIMITED").build());

	final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		WorkerTestSupport.register(registry, "no-issuer", simulator);
	}

	@Test
	void protectedEndpointsAreDeniedAndHealthStaysUp() throws Exception {
		assertThat(
				status(HttpRequest.newBuilder(uri("/actuator/deadletters")).POST(HttpRequest.BodyPublishers.noBody())))
			.isEqualTo(401);
		assertThat(status(HttpRequest.newBuilder(uri("/actuator/metrics")).GET())).isEqualTo(401);
		assertThat(status(HttpRequest.newBuilder(uri("/actuator/health")).GET())).isEqualTo(200);
		assertThat(status(HttpRequest.newBuilder(uri("/actuator/prometheus")).GET())).isEqualTo(200);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private int status(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}

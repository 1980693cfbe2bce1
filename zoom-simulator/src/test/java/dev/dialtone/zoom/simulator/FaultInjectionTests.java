package dev.dialtone.zoom.simulator;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.dialtone.zoom.simulator.ZoomHttp.Reply;
import dev.dialtone.zoom.simulator.faults.FaultSpec;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Injected latency, 5xx, hangs, dropped connections and 429 bursts, per endpoint; none by
 * default.
 */
class FaultInjectionTests extends SimulatorTestSupport {

	@BeforeEach
	void reset() {
		reseed(Seed.builder().plan("UNLIMITED").build());
	}

	@Test
	void latencyDelaysTheEndpointWithoutCappingThroughput() {
		simulator.fault("GET /users/{userId}", FaultSpec.latency(300));
		long started = System.nanoTime();
		List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			calls.add(zoom.client()
				.sendAsync(zoom.request("GET", "/users/u" + i + "@corp.example", null, zoom.token()).build(),
						HttpResponse.BodyHandlers.ofString()));
		}
		calls.forEach((call) -> assertThat(call.join().statusCode()).isEqualTo(404));
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		// 600 requests of 300 ms each: far more than the 400 Tomcat threads could serve
		// in 5 s if latency held one.
		assertThat(elapsed).isBetween(Duration.ofMillis(300), Duration.ofSeconds(5));
		assertThat(zoom.get("/users?status=active").status()).isEqualTo(200);
	}

	@Test
	void uniformLatencyStaysInItsRange() {
		simulator.fault("GET /users", FaultSpec.latency(50, 150));
		long started = System.nanoTime();
		assertThat(zoom.get("/users").status()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
	}

	@Test
	void errorRateAnswersServerErrorsOnlyOnThatEndpoint() {
		simulator.fault("GET /phone/calling_plans", FaultSpec.errors(1.0, 503));
		Reply reply = zoom.get("/phone/calling_plans");
		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.header("x-zm-trackingid")).isNotBlank();
		assertThat(zoom.get("/phone/sites").status()).isEqualTo(200);
	}

	@Test
	void timeoutsHangPastTheClientsTimeout() {
		simulator.fault("*", FaultSpec.timeouts(1.0, 5_000));
		assertThatThrownBy(
				() -> zoom.send(zoom.request("GET", "/users", null, "any").timeout(Duration.ofMillis(300)).build()))
			.hasCauseInstanceOf(HttpTimeoutException.class);
	}

	@Test
	void resetsDropTheConnectionMidResponse() {
		simulator.fault("POST /users", FaultSpec.resets(1.0));
		assertThatThrownBy(
				() -> zoom.post("/users", "{\"action\":\"ssoCreate\",\"user_info\":{\"email\":\"a@corp.example\"}}"))
			.hasCauseInstanceOf(IOException.class);
		assertThat(simulator.requestLog()).anyMatch((e) -> e.endpoint().equals("POST /users") && e.status() == 0);
		assertThat(simulator.users()).isEmpty();
	}

	@Test
	void a429BurstHitsTheNextRequestsThenStops() {
		simulator.faults(Map.of("GET /users", FaultSpec.burst429(2)));
		Reply first = zoom.get("/users");
		assertThat(first.status()).isEqualTo(429);
		assertThat(first.header("X-RateLimit-Type")).isEqualTo("QPS");
		assertThat(first.header("Retry-After")).isEqualTo("1");
		assertThat(zoom.get("/users").status()).isEqualTo(429);
		assertThat(zoom.get("/users").status()).isEqualTo(200);
	}

	@Test
	void a429WindowRefusesEveryRequestUntilItEndsWhateverTheirNumber() {
		simulator.faults(Map.of("GET /users", FaultSpec.window429(1_500)));
		long started = System.nanoTime();
		int refused = 0;
		while (Duration.ofNanos(System.nanoTime() - started).toMillis() < 700) {
			assertThat(zoom.get("/users").status()).isEqualTo(429);
			refused++;
		}
		assertThat(refused).as("requests inside the window").isGreaterThan(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> zoom.get("/users").status() == 200);
		assertThat(zoom.get("/users").status()).as("the window has ended").isEqualTo(200);
	}

	@Test
	void faultsCanBeSeededAndCleared() {
		reseed(Seed.builder().fault("GET /phone/sites", FaultSpec.errors(1.0, 500)).build());
		assertThat(zoom.get("/phone/sites").status()).isEqualTo(500);
		simulator.clearFaults();
		assertThat(zoom.get("/phone/sites").status()).isEqualTo(200);
	}

}

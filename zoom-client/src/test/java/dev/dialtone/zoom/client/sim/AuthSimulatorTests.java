package dev.dialtone.zoom.client.sim;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomClientProperties;
import dev.dialtone.zoom.client.ZoomErrorKind;
import dev.dialtone.zoom.client.ZoomResponse;
import dev.dialtone.zoom.client.ratelimit.AccountRates;
import dev.dialtone.zoom.client.ratelimit.CategoryRates;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.faults.FaultSpec;
import dev.dialtone.zoom.simulator.seed.Seed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

class AuthSimulatorTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void manyThreadsNeedingATokenAtOnceCauseOneTokenRequest() throws Exception {
		ZoomSimulator sim = Simulator.unlimited();
		// a budget with a burst of 50 lets the threads reach the token step together
		ZoomClient zoom = ZoomClient.create(Simulator.properties(sim, generous()), this.registry);
		ExecutorService pool = Executors.newFixedThreadPool(32);
		try {
			List<Callable<ZoomResponse<?>>> calls = IntStream.range(0, 64)
				.<Callable<ZoomResponse<?>>>mapToObj((i) -> () -> zoom.phone().listCallingPlans())
				.toList();
			for (Future<ZoomResponse<?>> result : pool.invokeAll(calls)) {
				assertThat(result.get().status()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(tokenRequests()).isEqualTo(1);
		assertThat(sim.requestLog()).filteredOn((entry) -> entry.path().endsWith("/oauth/token")).hasSize(1);
	}

	@Test
	void aRejectedTokenIsRenewedOnceAndTheCallRetried() {
		ZoomSimulator sim = Simulator.unlimited();
		ZoomClient zoom = Simulator.client(sim, this.registry);
		zoom.phone().listCallingPlans();
		sim.expireTokens();
		ZoomResponse<?> response = zoom.phone().listCallingPlans();
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.attempts()).isEqualTo(2);
		assertThat(tokenRequests()).isEqualTo(2);
	}

	@Test
	void aTokenIsRenewedBeforeItExpiresSoCallsNeverSeeA401() {
		ZoomSimulator sim = Simulator.seeded(Seed.builder().plan("UNLIMITED").tokenLifetimeSeconds(2).build());
		ZoomClient zoom = Simulator.client(sim, this.registry);
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			assertThat(zoom.phone().listCallingPlans().attempts()).isEqualTo(1);
			assertThat(tokenRequests()).isGreaterThanOrEqualTo(3);
		});
		assertThat(sim.requestLog()).noneMatch((entry) -> entry.status() == 401);
	}

	@Test
	void wrongCredentialsAreUnauthorizedAndNotRetryable() {
		ZoomSimulator sim = Simulator.unlimited();
		ZoomClientProperties wrong = new ZoomClientProperties(Simulator.properties(sim).apiBaseUrl(),
				Simulator.properties(sim).oauthUrl(), sim.accountId(), sim.clientId(), "not-the-secret", null, null,
				null, null, null, null);
		ZoomClient zoom = ZoomClient.create(wrong, this.registry);
		ZoomApiException ex = catchThrowableOfType(ZoomApiException.class, () -> zoom.users().get("a@corp.example"));
		assertThat(ex.kind()).isEqualTo(ZoomErrorKind.UNAUTHORIZED);
		assertThat(ex.isRetryable()).isFalse();
		assertThat(ex.status()).isEqualTo(401);
		assertThat(ex.getMessage()).doesNotContain("not-the-secret");
	}

	@Test
	void aTokenRequestAnswered429IsRateLimitedAndRetryableAndTheNextCallGetsAToken() {
		ZoomSimulator sim = Simulator.unlimited();
		ZoomClient zoom = Simulator.client(sim, this.registry);
		sim.fault("POST /oauth/token", FaultSpec.burst429(1));
		ZoomApiException ex = catchThrowableOfType(ZoomApiException.class, () -> zoom.users().get("a@corp.example"));
		sim.clearFaults();
		assertThat(ex.kind()).isEqualTo(ZoomErrorKind.RATE_LIMITED);
		assertThat(ex.isRetryable()).isTrue();
		assertThat(ex.status()).isEqualTo(429);
		assertThat(zoom.phone().listCallingPlans().status()).isEqualTo(200);
		assertThat(tokenRequests()).isEqualTo(2);
	}

	private static AccountRates generous() {
		CategoryRates rates = new CategoryRates(1000, 1000, 1000, 60_000);
		return new AccountRates(rates, rates);
	}

	private double tokenRequests() {
		return this.registry.get("dialtone.zoom.token.requests").counter().count();
	}

}

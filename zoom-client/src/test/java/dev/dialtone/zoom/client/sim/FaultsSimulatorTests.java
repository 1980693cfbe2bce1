package dev.dialtone.zoom.client.sim;

import java.time.Duration;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomErrorKind;
import dev.dialtone.zoom.client.ratelimit.ApiFamily;
import dev.dialtone.zoom.client.ratelimit.RateCategory;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.faults.FaultSpec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FaultsSimulatorTests {

	private static final String PHONE_USER = "GET /phone/users/{userId}";

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	// JUnit builds a new instance per test, so these initialisers reseed the shared
	// simulator before every test
	private final ZoomSimulator sim = Simulator.unlimited();

	private final ZoomClient zoom = ZoomClient.create(Simulator.properties(this.sim)
		.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(5)), this.registry);

	@Test
	void serverErrorsAreRetryableAndCarryStatusAndTrackingId() {
		this.sim.fault(PHONE_USER, FaultSpec.errors(1.0, 503));
		ZoomApiException ex = failure(() -> this.zoom.phone().getUser("a@corp.example"));
		assertThat(ex.kind()).isEqualTo(ZoomErrorKind.SERVER_ERROR);
		assertThat(ex.status()).isEqualTo(503);
		assertThat(ex.isRetryable()).isTrue();
		assertThat(ex.trackingId()).isPresent();
		assertThat(this.registry.get("dialtone.zoom.calls")
			.tag("endpoint", "/phone/users/{userId}")
			.tag("status", "503")
			.tag("outcome", "SERVER_ERROR")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void aResponseSlowerThanTheReadTimeoutIsARetryableTimeout() {
		this.sim.fault(PHONE_USER, FaultSpec.timeouts(1.0, 3_000));
		ZoomApiException ex = failure(() -> this.zoom.phone().getUser("a@corp.example"));
		assertThat(ex.kind()).isEqualTo(ZoomErrorKind.TIMEOUT);
		assertThat(ex.status()).isZero();
		assertThat(ex.isRetryable()).isTrue();
		assertThat(ex.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(500));
	}

	@Test
	void aResetConnectionIsARetryableConnectionFailure() {
		this.sim.fault(PHONE_USER, FaultSpec.resets(1.0));
		ZoomApiException ex = failure(() -> this.zoom.phone().getUser("a@corp.example"));
		assertThat(ex.kind()).isEqualTo(ZoomErrorKind.CONNECTION_FAILED);
		assertThat(ex.isRetryable()).isTrue();
		this.sim.clearFaults();
		assertThat(this.zoom.phone().listCallingPlans().status()).isEqualTo(200);
	}

	@Test
	void a429IsRetryableExposesRetryAfterAndShrinksTheBucket() {
		this.sim.fault(PHONE_USER, FaultSpec.burst429(1));
		ZoomApiException ex = failure(() -> this.zoom.phone().getUser("a@corp.example"));
		assertThat(ex.kind()).isEqualTo(ZoomErrorKind.RATE_LIMITED);
		assertThat(ex.isRetryable()).isTrue();
		assertThat(ex.retryAt()).isPresent();
		assertThat(this.zoom.rateBudget().effectiveShare(ApiFamily.PHONE, RateCategory.LIGHT)).isLessThan(1.0);
		assertThat(this.registry.get("dialtone.zoom.rate.limited")
			.tag("endpoint", "/phone/users/{userId}")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void theClientDoesNotRetryFailuresItself() {
		this.sim.fault(PHONE_USER, FaultSpec.errors(1.0, 500));
		this.sim.clearRequestLog();
		ZoomApiException ex = failure(() -> this.zoom.phone().getUser("a@corp.example"));
		assertThat(ex.attempts()).isEqualTo(1);
		assertThat(this.sim.requestLog()).filteredOn((entry) -> entry.path().startsWith("/v2/phone/users/")).hasSize(1);
	}

	private static ZoomApiException failure(ThrowableAssert.ThrowingCallable call) {
		return catchThrowableOfType(ZoomApiException.class, call);
	}

}

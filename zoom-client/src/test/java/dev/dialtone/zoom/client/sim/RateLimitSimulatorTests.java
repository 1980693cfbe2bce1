package dev.dialtone.zoom.client.sim;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomErrorKind;
import dev.dialtone.zoom.client.ZoomResponse;
import dev.dialtone.zoom.client.ratelimit.AccountRates;
import dev.dialtone.zoom.client.ratelimit.CategoryRates;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.RateLimits;
import dev.dialtone.zoom.simulator.seed.Seed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RateLimitSimulatorTests {

	/**
	 * Phone Medium (calling plans, numbers, sites, phone users) limited to 20/s;
	 * everything else unlimited.
	 */
	private static final RateLimits PHONE_MEDIUM_20 = new RateLimits(0, 0, 0, 0, 0, 20, 0, 0, 0, 0, 0, 0, 0);

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void saturatingThreadsStayWithinTheEnforcedLimit() throws Exception {
		ZoomSimulator sim = enforcing(PHONE_MEDIUM_20);
		ZoomClient zoom = ZoomClient.create(Simulator.properties(sim, rates(20)), this.registry);
		List<Outcome> outcomes = Load.run(16, 50, () -> zoom.phone().listCallingPlans());
		assertThat(outcomes).filteredOn(Outcome::rateLimited).hasSizeLessThanOrEqualTo(1);
		assertThat(outcomes).filteredOn(Outcome::ok).hasSizeGreaterThanOrEqualTo(49);
		assertThat(this.registry.get("dialtone.zoom.limiter.wait")
			.tag("family", "phone")
			.tag("category", "medium")
			.timer()
			.max(TimeUnit.MILLISECONDS)).isPositive();
	}

	@Test
	void twoInstancesWithHalfTheBudgetEachStayWithinTheSharedLimit() throws Exception {
		ZoomSimulator sim = enforcing(PHONE_MEDIUM_20);
		ZoomClient first = ZoomClient.create(Simulator.properties(sim, rates(20)).withShare(0.5), this.registry);
		ZoomClient second = ZoomClient.create(Simulator.properties(sim, rates(20)), new SimpleMeterRegistry());
		second.rateBudget().setShare(0.5);
		List<Outcome> outcomes = Load.run(16, 25, () -> first.phone().listCallingPlans(),
				() -> second.phone().listCallingPlans());
		assertThat(outcomes).filteredOn(Outcome::rateLimited).hasSizeLessThanOrEqualTo(1);
	}

	@Test
	void retryAfterSecondsFromZoomPauseTheBucketSoTheNextCallWaitsInsteadOfFailing() {
		ZoomSimulator sim = enforcing(new RateLimits(0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0));
		// the client believes in far more budget than the account has, so Zoom has to
		// push back
		ZoomClient zoom = ZoomClient.create(Simulator.properties(sim, rates(1000)), this.registry);
		ZoomApiException limited = null;
		for (int i = 0; i < 10 && limited == null; i++) {
			limited = catchThrowableOfType(ZoomApiException.class, () -> zoom.phone().listCallingPlans());
		}
		assertThat(limited).isNotNull();
		assertThat(limited.kind()).isEqualTo(ZoomErrorKind.RATE_LIMITED);
		assertThat(limited.retryAfter())
			.hasValueSatisfying((d) -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(1)));
		ZoomResponse<?> next = zoom.phone().listCallingPlans();
		assertThat(next.status()).isEqualTo(200);
		assertThat(next.limiterWait()).isPositive();
		assertThat(zoom.rateBudget().effectiveShare(limited.endpoint().family(), limited.endpoint().category()))
			.isLessThan(1.0);
	}

	@Test
	void aDailyLimitFailsFastUntilMidnightWithoutSendingAnything() {
		ZoomSimulator sim = enforcing(new RateLimits(0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0));
		ZoomClient zoom = ZoomClient.create(Simulator.properties(sim, rates(1000)), this.registry);
		zoom.users().emailExists("a@corp.example");
		zoom.users().emailExists("b@corp.example");
		ZoomApiException daily = catchThrowableOfType(ZoomApiException.class,
				() -> zoom.users().emailExists("c@corp.example"));
		Instant midnight = LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		assertThat(daily.kind()).isEqualTo(ZoomErrorKind.RATE_LIMITED);
		assertThat(daily.retryAt()).contains(midnight);
		sim.clearRequestLog();
		ZoomApiException local = catchThrowableOfType(ZoomApiException.class,
				() -> zoom.users().emailExists("d@corp.example"));
		assertThat(local.kind()).isEqualTo(ZoomErrorKind.BUDGET_EXHAUSTED);
		assertThat(local.isRetryable()).isTrue();
		assertThat(local.retryAt()).hasValueSatisfying((at) -> assertThat(at).isAfterOrEqualTo(midnight));
		assertThat(sim.requestLog()).isEmpty();
	}

	/**
	 * The shared simulator enforcing {@code limits}; the client's own belief about the
	 * budget is set apart.
	 */
	private static ZoomSimulator enforcing(RateLimits limits) {
		return Simulator.seeded(Seed.builder().customRateLimits(limits).build());
	}

	private static AccountRates rates(double phoneMedium) {
		CategoryRates standard = new CategoryRates(1000, 1000, 1000, 60_000);
		return new AccountRates(standard, new CategoryRates(1000, phoneMedium, 1000, 60_000));
	}

}

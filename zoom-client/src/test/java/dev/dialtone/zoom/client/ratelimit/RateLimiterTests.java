package dev.dialtone.zoom.client.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

@Tag("fast")
class RateLimiterTests {

	private static final Instant NOW = Instant.parse("2026-11-30T07:00:00Z");

	private final AtomicLong nanos = new AtomicLong();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final RateLimiter limiter = new RateLimiter(AccountRates.BUSINESS_PLUS, 1.0, Duration.ZERO, this.registry,
			this.nanos::get, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void bucketsAreSizedFromThePlanPerFamilyAndCategory() {
		assertThat(this.limiter.permitsPerSecond(ApiFamily.STANDARD, RateCategory.LIGHT)).isEqualTo(76);
		assertThat(this.limiter.permitsPerSecond(ApiFamily.PHONE, RateCategory.LIGHT)).isEqualTo(38);
		assertThat(this.limiter.permitsPerSecond(ApiFamily.PHONE, RateCategory.MEDIUM)).isEqualTo(19);
	}

	@Test
	void settingTheShareResizesEveryBucketAtOnce() {
		this.limiter.setShare(0.25);
		assertThat(this.limiter.share()).isEqualTo(0.25);
		assertThat(this.limiter.permitsPerSecond(ApiFamily.STANDARD, RateCategory.LIGHT)).isEqualTo(19);
		// 95 % of the share's 10/s, like the whole account's 38 of 40: no whole burst
		// permit
		// taken out of a small share
		assertThat(this.limiter.permitsPerSecond(ApiFamily.PHONE, RateCategory.LIGHT)).isEqualTo(9.5);
		assertThat(this.registry.get("dialtone.zoom.limiter.configured.share").gauge().value()).isEqualTo(0.25);
	}

	@Test
	void changingThePlanAtRunTimeResizesTheBuckets() {
		this.limiter.setAccountRates(AccountRates.PRO);
		assertThat(this.limiter.permitsPerSecond(ApiFamily.PHONE, RateCategory.LIGHT)).isEqualTo(19);
	}

	@Test
	void callsBeyondTheBudgetFailFastWhenTheyCannotWait() {
		// a 1 % share of PHONE/HEAVY has a fraction of a permit of burst: even the first
		// call would have to wait for the rest, and this limiter may not wait
		this.limiter.setShare(0.01);
		assertThatExceptionOfType(PermitUnavailableException.class)
			.isThrownBy(() -> this.limiter.acquire(ApiFamily.PHONE, RateCategory.HEAVY))
			.satisfies((ex) -> assertThat(ex.availableAt()).isAfter(NOW));
	}

	@Test
	void a429ShrinksTheBucketAndPausesItUntilRetryAfter() {
		this.limiter.onResponse(ApiFamily.PHONE, RateCategory.LIGHT,
				new RateLimitSignal(429, null, "QPS", null, null, NOW.plusSeconds(2), false));
		assertThat(this.limiter.effectiveShare(ApiFamily.PHONE, RateCategory.LIGHT)).isEqualTo(0.7);
		assertThat(this.limiter.effectiveShare(ApiFamily.STANDARD, RateCategory.LIGHT)).isEqualTo(1.0);
		assertThatExceptionOfType(PermitUnavailableException.class)
			.isThrownBy(() -> this.limiter.acquire(ApiFamily.PHONE, RateCategory.LIGHT))
			.satisfies((ex) -> assertThat(ex.availableAt()).isAfterOrEqualTo(NOW.plusSeconds(2)));
		assertThat(this.registry.get("dialtone.zoom.limiter.share")
			.tag("family", "phone")
			.tag("category", "light")
			.gauge()
			.value()).isEqualTo(0.7);
	}

	@Test
	void theShareRecoversSlowlyOnceZoomStopsPushingBack() {
		this.limiter.onResponse(ApiFamily.PHONE, RateCategory.LIGHT,
				new RateLimitSignal(429, null, null, null, null, null, false));
		this.nanos.set(Duration.ofSeconds(3).toNanos());
		assertThat(this.limiter.effectiveShare(ApiFamily.PHONE, RateCategory.LIGHT)).isCloseTo(0.8, within(1e-9));
		this.nanos.set(Duration.ofSeconds(60).toNanos());
		assertThat(this.limiter.effectiveShare(ApiFamily.PHONE, RateCategory.LIGHT)).isEqualTo(1.0);
		assertThat(this.limiter.permitsPerSecond(ApiFamily.PHONE, RateCategory.LIGHT)).isEqualTo(38);
	}

	@Test
	void aLowRemainingHeaderSlowsTheNamedCategoryBeforeZoomSaysNo() {
		this.limiter.onResponse(ApiFamily.STANDARD, RateCategory.LIGHT,
				new RateLimitSignal(200, "Medium", "QPS", 60, 1, null, false));
		assertThat(this.limiter.effectiveShare(ApiFamily.STANDARD, RateCategory.MEDIUM)).isCloseTo(0.9, within(1e-9));
		assertThat(this.limiter.effectiveShare(ApiFamily.STANDARD, RateCategory.LIGHT)).isEqualTo(1.0);
	}

	@Test
	void remainingThatAFullShareLeavesEveryWindowIsNoSignal() {
		this.limiter.onResponse(ApiFamily.PHONE, RateCategory.LIGHT,
				new RateLimitSignal(200, "Light", "QPS", 40, 2, null, false));
		assertThat(this.limiter.effectiveShare(ApiFamily.PHONE, RateCategory.LIGHT)).isEqualTo(1.0);
	}

	@Test
	void aLockKeyConcurrencyLimitIsNotABudgetSignal() {
		this.limiter.onResponse(ApiFamily.STANDARD, RateCategory.LIGHT,
				new RateLimitSignal(429, null, null, null, null, null, true));
		assertThat(this.limiter.effectiveShare(ApiFamily.STANDARD, RateCategory.LIGHT)).isEqualTo(1.0);
		assertThat(this.limiter.acquire(ApiFamily.STANDARD, RateCategory.LIGHT)).isZero();
	}

	@Test
	void aDailyLimitWithoutRetryAfterPausesUntilMidnightUtc() {
		this.limiter.onResponse(ApiFamily.STANDARD, RateCategory.HEAVY,
				new RateLimitSignal(429, "Heavy", "Daily-limit", 60000, 0, null, false));
		assertThatExceptionOfType(PermitUnavailableException.class)
			.isThrownBy(() -> this.limiter.acquire(ApiFamily.STANDARD, RateCategory.HEAVY))
			.satisfies((ex) -> assertThat(ex.availableAt()).isAfterOrEqualTo(Instant.parse("2026-12-01T00:00:00Z")));
	}

	@Test
	void sharesOutsideZeroToOneAreRejected() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.limiter.setShare(0));
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.limiter.setShare(1.5));
	}

}

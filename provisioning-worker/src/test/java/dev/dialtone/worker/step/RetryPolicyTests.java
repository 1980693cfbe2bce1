package dev.dialtone.worker.step;

import java.time.Duration;
import java.time.Instant;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomErrorKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class RetryPolicyTests {

	private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(100), 2, Duration.ofSeconds(1));

	@Test
	void backsOffExponentiallyUpToTheCap() {
		ZoomApiException busy = failure(ZoomErrorKind.SERVER_ERROR, null);
		assertThat(this.policy.delayAfter(1, busy)).isEqualTo(Duration.ofMillis(100));
		assertThat(this.policy.delayAfter(3, busy)).isEqualTo(Duration.ofMillis(400));
		assertThat(this.policy.delayAfter(9, busy)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void honoursRetryAfterWithinTheCap() {
		ZoomApiException limited = failure(ZoomErrorKind.RATE_LIMITED, Instant.now().plusMillis(700));
		assertThat(this.policy.delayAfter(1, limited)).isBetween(Duration.ofMillis(500), Duration.ofMillis(700));
		ZoomApiException daily = failure(ZoomErrorKind.RATE_LIMITED, Instant.now().plusSeconds(3600));
		assertThat(this.policy.delayAfter(1, daily)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void retriesOnlyRetryableFailuresAndOnlyUpToTheBound() {
		assertThat(this.policy.shouldRetry(1, failure(ZoomErrorKind.RATE_LIMITED, null))).isTrue();
		assertThat(this.policy.shouldRetry(4, failure(ZoomErrorKind.RATE_LIMITED, null))).isFalse();
		assertThat(this.policy.shouldRetry(1, failure(ZoomErrorKind.REJECTED, null))).isFalse();
	}

	@Test
	void theRandomExtraSpreadsPausesAboveTheExponentialDelayAndRetryAfterButNotPastTheCap() {
		RetryPolicy jittered = new RetryPolicy(12, Duration.ofMillis(100), 2, Duration.ofSeconds(1),
				Duration.ofSeconds(60), 0.5);
		ZoomApiException busy = failure(ZoomErrorKind.SERVER_ERROR, null);
		assertThat(jittered.delayAfter(1, busy, 0)).isEqualTo(Duration.ofMillis(100));
		assertThat(jittered.delayAfter(1, busy, 1)).isEqualTo(Duration.ofMillis(150));
		assertThat(jittered.delayAfter(9, busy, 1)).isEqualTo(Duration.ofSeconds(1));
		ZoomApiException limited = failure(ZoomErrorKind.RATE_LIMITED, Instant.now().plusMillis(700));
		assertThat(jittered.delayAfter(1, limited, 1)).isBetween(Duration.ofMillis(550), Duration.ofMillis(750));
	}

	@Test
	void retriesStopWhenTheNextPauseWouldEndPastTheBudget() {
		RetryPolicy budgeted = new RetryPolicy(100, Duration.ofMillis(100), 2, Duration.ofSeconds(1),
				Duration.ofSeconds(5), 0);
		assertThat(budgeted.shouldRetry(50, failure(ZoomErrorKind.TIMEOUT, null))).isTrue();
		assertThat(budgeted.fitsBudget(Duration.ofSeconds(4), Duration.ofSeconds(1))).isTrue();
		assertThat(budgeted.fitsBudget(Duration.ofMillis(4_001), Duration.ofSeconds(1))).isFalse();
	}

	static ZoomApiException failure(ZoomErrorKind kind, Instant retryAt) {
		return new ZoomApiException(kind, null, kind.retryable() ? 503 : 400, 300, "test", "track", retryAt,
				Duration.ZERO, 1, null);
	}

}

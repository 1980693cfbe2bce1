package dev.dialtone.zoom.client.ratelimit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class TokenBucketTests {

	private static final long SECOND = 1_000_000_000L;

	@Test
	void handsOutTheBurstAtOnceThenSpacesPermitsAtTheRate() {
		TokenBucket bucket = new TokenBucket(10, 2, 0);
		assertThat(bucket.reserve(0, SECOND)).isZero();
		assertThat(bucket.reserve(0, SECOND)).isZero();
		assertThat(bucket.reserve(0, SECOND)).isEqualTo(SECOND / 10);
		assertThat(bucket.reserve(0, SECOND)).isEqualTo(2 * SECOND / 10);
	}

	@Test
	void refusesAReservationBeyondTheMaxWaitWithoutTakingAPermit() {
		TokenBucket bucket = new TokenBucket(1, 1, 0);
		assertThat(bucket.reserve(0, 0)).isZero();
		assertThat(bucket.reserve(0, SECOND / 2)).isEqualTo(-1);
		assertThat(bucket.reserve(0, SECOND)).isEqualTo(SECOND);
	}

	@Test
	void refillsOverTimeButNeverBeyondCapacity() {
		TokenBucket bucket = new TokenBucket(10, 3, 0);
		for (int i = 0; i < 3; i++) {
			bucket.reserve(0, 0);
		}
		long later = 100 * SECOND;
		assertThat(bucket.reserve(later, 0)).isZero();
		assertThat(bucket.reserve(later, 0)).isZero();
		assertThat(bucket.reserve(later, 0)).isZero();
		assertThat(bucket.reserve(later, 0)).isEqualTo(-1);
	}

	@Test
	void pauseHandsOutNothingUntilItEndsAndThenRefillsFromEmpty() {
		TokenBucket bucket = new TokenBucket(10, 5, 0);
		bucket.pauseUntil(2 * SECOND, 0);
		assertThat(bucket.nanosUntilAvailable(SECOND)).isEqualTo(SECOND + SECOND / 10);
		assertThat(bucket.reserve(SECOND, 0)).isEqualTo(-1);
		assertThat(bucket.reserve(2 * SECOND + SECOND / 10, 0)).isZero();
		assertThat(bucket.reserve(2 * SECOND + SECOND / 10, 0)).isEqualTo(-1);
	}

	@Test
	void resizingKeepsOutstandingReservationsOnTheBooks() {
		TokenBucket bucket = new TokenBucket(10, 1, 0);
		bucket.reserve(0, SECOND);
		bucket.reserve(0, SECOND);
		bucket.resize(1, 1, 0);
		assertThat(bucket.ratePerSecond()).isEqualTo(1);
		assertThat(bucket.reserve(0, 10 * SECOND)).isEqualTo(2 * SECOND);
	}

	@Test
	void aBucketWithLessThanOnePermitOfBurstStillServesItsWholeRate() {
		// a 1/12 share of PRO phone Light: 20 / 12 per second, 5 % of it as burst
		BucketSize size = BucketSize.of(20, RateCategory.LIGHT, 1.0 / 12);
		TokenBucket bucket = new TokenBucket(size.ratePerSecond(), size.capacity(), 0);
		long now = 0;
		int served = 0;
		int[] perSecond = new int[60];
		// callers back to back for a minute: each uses its permit once its wait is over
		while (true) {
			long wait = bucket.reserve(now, 10 * SECOND);
			now += wait;
			if (now >= 60 * SECOND) {
				break;
			}
			perSecond[(int) (now / SECOND)]++;
			served++;
		}
		assertThat(served).isBetween((int) (size.ratePerSecond() * 60) - 1, (int) (size.ratePerSecond() * 60) + 1);
		assertThat(served / 60.0).isGreaterThan(0.9 * 20 / 12);
		for (int count : perSecond) {
			assertThat(count).isLessThanOrEqualTo((int) Math.ceil(20.0 / 12));
		}
	}

	@Test
	void aFractionalBurstMakesTheFirstCallerAfterIdleWaitOnlyForTheMissingPart() {
		TokenBucket bucket = new TokenBucket(2, 0.5, 0);
		assertThat(bucket.reserve(0, SECOND)).isEqualTo(SECOND / 4);
		assertThat(bucket.reserve(0, SECOND)).isEqualTo(SECOND / 4 + SECOND / 2);
		assertThat(bucket.capacity()).isEqualTo(0.5);
	}

}

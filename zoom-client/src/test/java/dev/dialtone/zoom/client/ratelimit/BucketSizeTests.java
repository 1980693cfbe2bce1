package dev.dialtone.zoom.client.ratelimit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@Tag("fast")
class BucketSizeTests {

	@Test
	void burstPlusOneSecondOfRefillNeverExceedsTheShareOfAPerSecondLimit() {
		BucketSize size = BucketSize.of(80, RateCategory.LIGHT, 1.0);
		assertThat(size.capacity()).isEqualTo(4);
		assertThat(size.ratePerSecond()).isEqualTo(76);
		assertThat(size.capacity() + size.ratePerSecond()).isLessThanOrEqualTo(80);
	}

	@Test
	void aThirdOfBusinessPlusPhoneLightStaysWithinItsThird() {
		BucketSize size = BucketSize.of(40, RateCategory.LIGHT, 1.0 / 3);
		assertThat(size.capacity()).isEqualTo(1);
		assertThat(size.capacity() + size.ratePerSecond()).isCloseTo(40.0 / 3, within(1e-9));
	}

	@Test
	void resourceIntensiveIsBudgetedPerMinute() {
		BucketSize size = BucketSize.of(20 / 60.0, RateCategory.RESOURCE_INTENSIVE, 1.0);
		assertThat(size.capacity()).isEqualTo(1);
		assertThat(size.capacity() + size.ratePerSecond() * 60).isCloseTo(20, within(1e-9));
	}

	@Test
	void aTinyShareStillGetsHalfItsRateAndOnePermitOfBurst() {
		BucketSize size = BucketSize.of(10, RateCategory.HEAVY, 0.05);
		assertThat(size.capacity()).isEqualTo(1);
		assertThat(size.ratePerSecond()).isCloseTo(0.25, within(1e-9));
	}

}

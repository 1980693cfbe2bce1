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
		assertThat(size.capacity()).isCloseTo(40.0 / 3 * 0.05, within(1e-9));
		assertThat(size.capacity() + size.ratePerSecond()).isCloseTo(40.0 / 3, within(1e-9));
	}

	@Test
	void resourceIntensiveIsBudgetedPerMinute() {
		BucketSize size = BucketSize.of(20 / 60.0, RateCategory.RESOURCE_INTENSIVE, 1.0);
		assertThat(size.capacity()).isCloseTo(1, within(1e-9));
		assertThat(size.capacity() + size.ratePerSecond() * 60).isCloseTo(20, within(1e-9));
	}

	@Test
	void everyShareGetsTheSamePartOfItsRateHoweverSmall() {
		// PRO phone Light (20/s) split 12 ways: one permit of burst used to cost half the
		// rate
		double whole = BucketSize.of(20, RateCategory.LIGHT, 1.0).ratePerSecond() / 20;
		for (double share : new double[] { 1.0 / 3, 1.0 / 6, 1.0 / 12, 0.9 / 12, 0.01 }) {
			BucketSize size = BucketSize.of(20, RateCategory.LIGHT, share);
			assertThat(size.ratePerSecond() / (20 * share)).as("share %s", share).isCloseTo(whole, within(1e-9));
			assertThat(size.capacity() + size.ratePerSecond()).as("share %s", share)
				.isLessThanOrEqualTo(20 * share + 1e-9);
		}
		assertThat(whole).isCloseTo(0.95, within(1e-9));
	}

	@Test
	void aTinyShareGetsAFractionalBurstNotAWholePermit() {
		BucketSize size = BucketSize.of(10, RateCategory.HEAVY, 0.05);
		assertThat(size.capacity()).isCloseTo(0.025, within(1e-9));
		assertThat(size.ratePerSecond()).isCloseTo(0.475, within(1e-9));
	}

}

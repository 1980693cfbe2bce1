package dev.dialtone.zoom.client.ratelimit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@Tag("fast")
class AimdFactorTests {

	private static final long SECOND = 1_000_000_000L;

	@Test
	void halvesOnPushbackAndRecoversLinearlyAfterTheCoolDown() {
		AimdFactor factor = new AimdFactor(0.1, SECOND, 0);
		assertThat(factor.decrease(0.5, 0)).isTrue();
		assertThat(factor.current(0)).isEqualTo(0.5);
		assertThat(factor.current(SECOND)).isEqualTo(0.5);
		assertThat(factor.current(3 * SECOND)).isCloseTo(0.7, within(1e-9));
		assertThat(factor.current(100 * SECOND)).isEqualTo(1.0);
	}

	@Test
	void aBurstOfConcurrent429sCountsAsOneDecrease() {
		AimdFactor factor = new AimdFactor(0.1, SECOND, 0);
		factor.decrease(0.5, 0);
		assertThat(factor.decrease(0.5, SECOND / 2)).isFalse();
		assertThat(factor.current(SECOND / 2)).isEqualTo(0.5);
		assertThat(factor.decrease(0.5, SECOND)).isTrue();
		assertThat(factor.current(SECOND)).isEqualTo(0.25);
	}

	@Test
	void neverDropsBelowTheFloor() {
		AimdFactor factor = new AimdFactor(0.1, SECOND, 0);
		for (int i = 0; i < 20; i++) {
			factor.decrease(0.5, i * SECOND);
		}
		assertThat(factor.current(20 * SECOND)).isEqualTo(AimdFactor.MIN);
	}

}

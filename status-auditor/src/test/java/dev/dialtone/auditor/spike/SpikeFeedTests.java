package dev.dialtone.auditor.spike;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.dialtone.auditor.spike.SpikeDetector.Observation;
import dev.dialtone.auditor.support.Outcomes;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.ProvisioningOutcome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class SpikeFeedTests {

	private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

	private final SpikeFeed feed = new SpikeFeed(null, "observations", Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void anOutcomeIsObservedWhenTheWorkerCompletedItNotWhenTheAuditorGotToIt() {
		Instant completed = NOW.minus(Duration.ofMinutes(4));

		assertThat(this.feed.observedAt(completedAt(completed))).isEqualTo(completed);
	}

	@Test
	void aCompletionAheadOfThisClockCountsAsNow() {
		assertThat(this.feed.observedAt(completedAt(NOW.plusSeconds(30)))).isEqualTo(NOW);
	}

	@Test
	void anObservationSurvivesTheTopicWithItsTimeCauseAndDomain() {
		Observation observation = new Observation(NOW.minusMillis(1234), "lapse.example",
				PendingCause.DOMAIN_NOT_VERIFIED);

		Observation read = SpikeFeed.decode(SpikeFeed.encode(observation, "LP1"));

		assertThat(read).isEqualTo(observation);
	}

	private static ProvisioningOutcome completedAt(Instant completed) {
		return Outcomes.outcome("S1", "s1@corp.example", FinalState.PENDING).setCompletedAt(completed).build();
	}

}

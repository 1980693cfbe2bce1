package dev.dialtone.worker.outcome;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.ProvisioningOutcome;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class EventLatencyTests {

	static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	final EventLatency latency = new EventLatency(this.registry, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void measuresFromTheRecordTimestampByTypeAndFinalState() {
		long recordTimestamp = NOW.minusSeconds(42).toEpochMilli();
		this.latency.record(recordTimestamp, outcome(EventType.TERMINATE, FinalState.DEPROVISIONED));

		Timer timer = this.registry.get(EventLatency.NAME)
			.tag("type", "TERMINATE")
			.tag("state", "DEPROVISIONED")
			.timer();
		assertThat(timer.count()).isEqualTo(1);
		assertThat(timer.totalTime(TimeUnit.SECONDS)).isEqualTo(42.0);
		assertThat(timer.takeSnapshot().histogramCounts()).extracting(CountAtBucket::bucket)
			.contains((double) Duration.ofMinutes(1).toNanos(), (double) Duration.ofHours(1).toNanos());
	}

	@Test
	void ignoresRecordsWithoutATimestampAndClampsClockSkew() {
		this.latency.record(-1, outcome(EventType.HIRE, FinalState.ACTIVE_PHONE_READY));
		this.latency.record(NOW.plusSeconds(3).toEpochMilli(), outcome(EventType.HIRE, FinalState.PENDING));

		assertThat(this.registry.find(EventLatency.NAME).tag("state", "ACTIVE_PHONE_READY").timer()).isNull();
		Timer ahead = this.registry.get(EventLatency.NAME).tag("state", "PENDING").timer();
		assertThat(ahead.count()).isEqualTo(1);
		assertThat(ahead.totalTime(TimeUnit.MILLISECONDS)).isZero();
	}

	private static ProvisioningOutcome outcome(EventType type, FinalState state) {
		ProvisioningOutcome outcome = new ProvisioningOutcome();
		outcome.setEventType(type);
		outcome.setFinalState(state);
		return outcome;
	}

}

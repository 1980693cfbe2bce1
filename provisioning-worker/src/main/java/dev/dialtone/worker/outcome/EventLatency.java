package dev.dialtone.worker.outcome;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import dev.dialtone.contracts.ProvisioningOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * {@code dialtone.worker.event.latency}: from the identity record's Kafka timestamp to
 * the broker acknowledging its outcome, by event type and final state, as a Prometheus
 * histogram with SLO buckets.
 * <p>
 * Measured from the record timestamp, not the event's {@code occurredAt}: the record
 * timestamp is when the event entered Dialtone (the producer answers 202 once the broker
 * has it; a due deferral or a re-driven dead letter is a new record), so this is the
 * latency Dialtone owns. {@code occurredAt} is the HR system's clock and includes its
 * sync cycles (Entra ID: ~40 min), back-dated CSV imports and the days a future-dated
 * termination waits; it stays on the outcome ({@code eventOccurredAt},
 * {@code completedAt}) for anyone who wants the end-to-end figure.
 */
final class EventLatency {

	static final String NAME = "dialtone.worker.event.latency";

	// one event takes ~1 s at Zoom's latency; a bulk import drains at the account's rate
	// budget for minutes; an
	// hour means stuck. Boot's management.metrics.distribution.* properties can still
	// override these.
	private static final Duration[] SLOS = { Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
			Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
			Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1) };

	private final MeterRegistry registry;

	// the wall clock, like the producer's or broker's that stamped the record
	private final Clock clock;

	private final Map<String, Timer> timers = new ConcurrentHashMap<>();

	EventLatency(MeterRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	/**
	 * @param recordTimestamp the identity record's timestamp (epoch ms; negative when the
	 * record has none)
	 * @param outcome the outcome the broker just acknowledged
	 */
	void record(long recordTimestamp, ProvisioningOutcome outcome) {
		if (recordTimestamp < 0) {
			return;
		}
		// clocks of other hosts may run ahead of ours: a negative latency would only blur
		// the lowest bucket
		long millis = Math.max(0, this.clock.millis() - recordTimestamp);
		String type = outcome.getEventType().name();
		String state = outcome.getFinalState().name();
		this.timers.computeIfAbsent(type + '/' + state, (key) -> timer(type, state))
			.record(millis, TimeUnit.MILLISECONDS);
	}

	private Timer timer(String type, String state) {
		return Timer.builder(NAME)
			.description("Identity record timestamp to its outcome acknowledged by the broker")
			.tag("type", type)
			.tag("state", state)
			.publishPercentileHistogram()
			.serviceLevelObjectives(SLOS)
			.minimumExpectedValue(Duration.ofMillis(100))
			.maximumExpectedValue(Duration.ofHours(1))
			.register(this.registry);
	}

}

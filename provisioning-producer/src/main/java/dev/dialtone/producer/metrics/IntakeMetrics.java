package dev.dialtone.producer.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Intake counters and the publish latency, scraped from /actuator/prometheus as
 * {@code dialtone_producer_events_accepted_total{source}},
 * {@code dialtone_producer_events_rejected_total{source,reason}} and
 * {@code dialtone_producer_publish_latency_seconds{outcome}}.
 */
public class IntakeMetrics {

	private final MeterRegistry registry;

	IntakeMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	public void accepted(String source, int count) {
		Counter.builder("dialtone.producer.events.accepted")
			.description("Events acknowledged by the broker")
			.tag("source", source)
			.register(this.registry)
			.increment(count);
	}

	public void duplicate(String source, int count) {
		Counter.builder("dialtone.producer.events.duplicate")
			.description("Events skipped as already published")
			.tag("source", source)
			.register(this.registry)
			.increment(count);
	}

	public void rejected(String source, String reason, int count) {
		Counter.builder("dialtone.producer.events.rejected")
			.description("Requests or events refused, by reason")
			.tag("source", source)
			.tag("reason", reason)
			.register(this.registry)
			.increment(count);
	}

	public void publishLatency(Duration latency, boolean acknowledged) {
		Timer.builder("dialtone.producer.publish.latency")
			.description("Send until broker acknowledgement")
			.tag("outcome", acknowledged ? "acked" : "failed")
			.publishPercentileHistogram()
			.register(this.registry)
			.record(latency);
	}

}

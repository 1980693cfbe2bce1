package dev.dialtone.worker.flow;

import java.time.Duration;
import java.util.List;

import dev.dialtone.worker.support.Events;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

class ObservabilityFlowTests extends FlowTestBase {

	@Autowired
	MeterRegistry meters;

	@Autowired
	PrometheusMeterRegistry prometheus;

	@Test
	void exposesEventStepZoomLimiterAndKafkaMetrics() {
		provision(Events.hire("O-1", "observed@corp.example"));

		assertThat(this.meters.find("dialtone.worker.events").tag("type", "HIRE").counter()).isNotNull();
		assertThat(this.meters.find("dialtone.worker.step").tag("step", "sso-create").timer()).isNotNull();
		assertThat(this.meters.find("dialtone.worker.in-flight").gauge()).isNotNull();
		// the only instance owns every partition: the whole budget but the auditor's 0.1
		assertThat(this.meters.find("dialtone.worker.budget.share").gauge().value()).isCloseTo(0.9, within(1e-9));
		assertThat(this.meters.find("dialtone.zoom.limiter.wait").timers()).isNotEmpty();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.meters.find("kafka.consumer.fetch.manager.records.lag.max").meters())
				.isNotEmpty());
		assertThat(this.meters.getMeters())
			.anySatisfy((meter) -> assertThat(meter.getId().getName()).startsWith("dialtone.zoom.calls"));
	}

	@Test
	void exportsEventToOutcomeLatencyAsAPrometheusHistogramByTypeAndState() {
		provision(Events.hire("O-2", "latency@corp.example"));

		// recorded when the broker acknowledges the outcome, which may be just after the
		// test's consumer saw it
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.meters.find("dialtone.worker.event.latency")
				.tag("type", "HIRE")
				.tag("state", "ACTIVE_PHONE_READY")
				.timer()).isNotNull().extracting(Timer::count).isNotEqualTo(0L));
		List<String> buckets = this.prometheus.scrape()
			.lines()
			.filter((line) -> line.startsWith("dialtone_worker_event_latency_seconds_bucket{"))
			.filter((line) -> line.contains("type=\"HIRE\"") && line.contains("state=\"ACTIVE_PHONE_READY\""))
			.toList();
		assertThat(buckets).anySatisfy((line) -> assertThat(line).contains("le=\"1.0\""))
			.anySatisfy((line) -> assertThat(line).contains("le=\"60.0\""))
			.anySatisfy((line) -> assertThat(line).contains("le=\"3600.0\""))
			.anySatisfy((line) -> assertThat(line).contains("le=\"+Inf\""));
		assertThat(buckets.size()).as("percentile histogram buckets besides the SLOs").isGreaterThan(11);
	}

}

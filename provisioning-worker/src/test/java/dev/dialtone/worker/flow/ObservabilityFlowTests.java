package dev.dialtone.worker.flow;

import java.time.Duration;

import dev.dialtone.worker.support.Events;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ObservabilityFlowTests extends FlowTestBase {

	@Autowired
	MeterRegistry meters;

	@Test
	void exposesEventStepZoomLimiterAndKafkaMetrics() {
		provision(Events.hire("O-1", "observed@corp.example"));

		assertThat(this.meters.find("dialtone.worker.events").tag("type", "HIRE").counter()).isNotNull();
		assertThat(this.meters.find("dialtone.worker.step").tag("step", "sso-create").timer()).isNotNull();
		assertThat(this.meters.find("dialtone.worker.in-flight").gauge()).isNotNull();
		assertThat(this.meters.find("dialtone.worker.budget.share").gauge().value()).isEqualTo(1.0);
		assertThat(this.meters.find("dialtone.zoom.limiter.wait").timers()).isNotEmpty();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.meters.find("kafka.consumer.fetch.manager.records.lag.max").meters())
				.isNotEmpty());
		assertThat(this.meters.getMeters()).anySatisfy((meter) -> assertThat(meter.getId().getName())
			.startsWith("dialtone.zoom.calls"));
	}

}

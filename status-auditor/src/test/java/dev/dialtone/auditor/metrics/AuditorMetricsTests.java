package dev.dialtone.auditor.metrics;

import java.time.Duration;
import java.time.Instant;

import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.support.TestAnomalies;
import dev.dialtone.contracts.PendingAnomaly;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class AuditorMetricsTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final AuditorMetrics metrics = new AuditorMetrics(this.registry, new AnomalyLedger());

	@Test
	void aPersonWhoLeftCountsAsResolvedButNotAsTimeToActive() {
		Instant at = Instant.parse("2026-11-30T08:00:00Z");
		resolve(TestAnomalies.open("E1", "ev1", at), Anomalies.PERSON_LEFT + " (TERMINATE ev9)");
		resolve(TestAnomalies.open("E2", "ev2", at), "user activated (webhook user.activated)");

		assertThat(this.registry.get("dialtone.auditor.anomalies.resolved").counter().count()).isEqualTo(2);
		assertThat(this.registry.get("dialtone.auditor.time.to.active").timer().count()).isEqualTo(1);
	}

	@Test
	void aMissingOutcomeThatCameLateCountsAsTimeToActiveOnlyWhenTheUserIsActive() {
		Instant at = Instant.parse("2026-11-30T08:00:00Z");
		resolve(TestAnomalies.open("E3", "ev3", at), Anomalies.ARRIVED_LATE + "PENDING (HIRE ev3)");
		resolve(TestAnomalies.open("E4", "ev4", at), Anomalies.ARRIVED_LATE + "ACTIVE_PHONE_READY (HIRE ev4)");

		assertThat(this.registry.get("dialtone.auditor.anomalies.resolved").counter().count()).isEqualTo(2);
		assertThat(this.registry.get("dialtone.auditor.time.to.active").timer().count()).isEqualTo(1);
	}

	private void resolve(PendingAnomaly open, String how) {
		this.metrics.transition(null, open);
		this.metrics.transition(open, Anomalies.resolve(open, open.getDetectedAt().plus(Duration.ofHours(3)), how));
	}

}

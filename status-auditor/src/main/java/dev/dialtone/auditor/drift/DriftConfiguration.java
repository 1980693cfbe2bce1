package dev.dialtone.auditor.drift;

import java.time.Clock;

import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.remediate.AuditTrail;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.auditor.state.StateTopic;
import dev.dialtone.contracts.DriftFinding;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.zoom.client.ZoomClient;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The drift check: its HR view and findings (both rebuilt by the state loader: the
 * identity topic and the compacted drift topic), the Zoom read, the check and its
 * schedule, and the drift topic it writes.
 */
@Configuration(proxyBeanMethods = false)
class DriftConfiguration {

	@Bean
	HrView hrView() {
		return new HrView();
	}

	@Bean
	DriftLedger driftLedger() {
		return new DriftLedger();
	}

	@Bean
	StateTopic hrViewState(AuditorProperties properties, HrView hr) {
		return new StateTopic(properties.topics().identityEvents(), (v) -> {
			if (v instanceof IdentityEvent event) {
				hr.apply(event);
			}
		});
	}

	@Bean
	StateTopic driftState(AuditorProperties properties, DriftLedger findings) {
		return new StateTopic(properties.topics().drift(), (v) -> findings.apply((DriftFinding) v));
	}

	@Bean
	KafkaAdmin.NewTopics driftNewTopics(AuditorProperties properties) {
		return new KafkaAdmin.NewTopics(
				properties.topicCreation().newTopic(DialtoneTopic.DRIFT, properties.topics().drift()));
	}

	@Bean
	DriftMetrics driftMetrics(MeterRegistry registry, DriftLedger findings) {
		return new DriftMetrics(registry, findings);
	}

	@Bean
	DriftCheck driftCheck(ZoomClient client, HrView hr, AnomalyLedger ledger, DriftLedger findings, AuditTrail audit,
			Outbox outbox, DriftMetrics metrics, AuditorProperties properties, Clock clock) {
		AuditorProperties.Drift drift = properties.drift();
		return new DriftCheck(new ZoomAccount(client), hr, ledger, findings,
				new DriftCommands(outbox, properties.topics().identityEvents()), audit, outbox, metrics,
				new DriftCheck.Settings(properties.topics().drift(), drift.correct(), drift.sites()), clock);
	}

	@Bean
	DriftSchedule driftSchedule(DriftCheck check, Ownership ownership, AuditorProperties properties) {
		return new DriftSchedule(check, ownership, properties.drift().interval(), properties.drift().firstCheck(),
				properties.remediation().actor());
	}

}

package dev.dialtone.auditor.state;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.ProvisioningOutcome;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The in-memory ledger, partition ownership, and the loader that rebuilds them (and every
 * other declared {@link StateTopic}) from the compacted topics.
 */
@Configuration(proxyBeanMethods = false)
class StateConfiguration {

	@Bean
	AnomalyLedger anomalyLedger() {
		return new AnomalyLedger();
	}

	@Bean
	Ownership ownership() {
		return new Ownership();
	}

	@Bean
	StateTopic anomaliesState(AuditorProperties properties, AnomalyLedger ledger) {
		return new StateTopic(properties.topics().anomalies(), (v) -> ledger.apply((PendingAnomaly) v));
	}

	@Bean
	StateTopic latestOutcomesState(AuditorProperties properties, AnomalyLedger ledger) {
		return new StateTopic(properties.topics().latestOutcomes(), (v) -> ledger.putOutcome((ProvisioningOutcome) v));
	}

	@Bean
	StateLoader stateLoader(ConsumerFactory<?, ?> consumers, KafkaAdmin admin, List<StateTopic> stateTopics) {
		Map<String, Consumer<Object>> appliers = new LinkedHashMap<>();
		stateTopics.forEach((state) -> appliers.put(state.topic(), state.applier()));
		return new StateLoader(consumers.getConfigurationProperties(), admin.getConfigurationProperties(), appliers,
				Duration.ofMinutes(2));
	}

}

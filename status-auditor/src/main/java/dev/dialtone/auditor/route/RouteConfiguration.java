package dev.dialtone.auditor.route;

import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.state.AnomalyLedger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.transaction.KafkaTransactionManager;

/**
 * The outbox over the transactional template, and the anomaly router.
 */
@Configuration(proxyBeanMethods = false)
class RouteConfiguration {

	@Bean
	Outbox outbox(KafkaTemplate<String, Object> template, KafkaTransactionManager<?, ?> transactionManager) {
		return new KafkaOutbox(template, transactionManager);
	}

	@Bean
	AnomalyRouter anomalyRouter(Outbox outbox, AuditorProperties properties, AnomalyLedger ledger,
			AuditorMetrics metrics) {
		return new AnomalyRouter(outbox, properties.topics().anomalies(), properties.routeMode(), ledger, metrics);
	}

}

package dev.dialtone.auditor.intake;

import java.time.Clock;
import java.util.List;

import dev.dialtone.auditor.classify.PendingClassifier;
import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.detect.ExpectationTracker;
import dev.dialtone.auditor.remediate.AutoRemediation;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.spike.SpikeFeed;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.Ownership;
import org.apache.kafka.clients.consumer.ConsumerConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The outcome listener, its handler and its dead letters; the dead-letter listener.
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

	@Bean
	OutcomeHandler outcomeHandler(AnomalyLedger ledger, PendingClassifier classifier, AnomalyRouter router,
			Outbox outbox, AutoRemediation remediation, SpikeFeed spikes, ExpectationTracker expectations,
			AuditorProperties properties, Clock clock) {
		return new OutcomeHandler(ledger, classifier, router, outbox, remediation, spikes, expectations,
				properties.topics().latestOutcomes(), clock);
	}

	@Bean
	DeadLetterListener deadLetterListener(AnomalyLedger ledger, AnomalyRouter router, Outbox outbox,
			ConsumerFactory<?, ?> consumers, AuditorProperties properties, Clock clock) {
		String group = consumers.getConfigurationProperties().get(ConsumerConfig.GROUP_ID_CONFIG) + "-dead-letters";
		return new DeadLetterListener(new DeadLetterHandler(ledger, router, outbox, clock),
				List.of(properties.topics().identityEventsDlt(), properties.topics().outcomesDlt()), group);
	}

	@Bean
	OutcomeListener outcomeListener(OutcomeHandler handler, Ownership ownership, KafkaAdmin admin,
			KafkaTemplate<?, ?> template, ConsumerFactory<?, ?> consumers, AuditorProperties properties) {
		String group = String.valueOf(consumers.getConfigurationProperties().get(ConsumerConfig.GROUP_ID_CONFIG));
		return new OutcomeListener(handler, ownership, admin,
				new OutcomeDeadLetters(template, properties.topics().outcomesDlt(), group),
				properties.topics().outcomes());
	}

}

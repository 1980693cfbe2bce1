package dev.dialtone.worker.ledger;

import dev.dialtone.worker.config.WorkerProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** The applied ledger and its loader. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

	@Bean
	AppliedLedger appliedLedger(KafkaTemplate<String, byte[]> bytesKafkaTemplate, WorkerProperties properties,
			EmailIndex emailIndex) {
		return new AppliedLedger(bytesKafkaTemplate, properties.topics().ledger(), emailIndex);
	}

	@Bean
	LedgerLoader ledgerLoader(AppliedLedger ledger, ConsumerFactory<Object, Object> consumerFactory,
			WorkerProperties properties) {
		return new LedgerLoader(ledger, consumerFactory, properties.topics().identity());
	}

	@Bean
	EmailIndex emailIndex(KafkaTemplate<String, byte[]> bytesKafkaTemplate,
			ConsumerFactory<Object, Object> consumerFactory, WorkerProperties properties) {
		return new EmailIndex(bytesKafkaTemplate, consumerFactory, properties.topics().emailIndex(),
				properties.emailIndexLoadTimeout());
	}

}

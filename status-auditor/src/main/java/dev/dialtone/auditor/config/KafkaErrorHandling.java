package dev.dialtone.auditor.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Listeners run one Kafka transaction per poll batch. Poison and failing records are
 * dead-lettered by the listener itself inside that transaction, so a rollback here means
 * the transaction could not commit (broker trouble, fenced producer): re-seek and retry
 * the whole batch with bounded exponential back-off, never skip it.
 */
@Configuration(proxyBeanMethods = false)
class KafkaErrorHandling {

	@Bean
	DefaultAfterRollbackProcessor<Object, Object> afterRollbackProcessor() {
		ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
		backOff.setMaxInterval(30_000);
		return new DefaultAfterRollbackProcessor<>((record, ex) -> {
			throw new IllegalStateException("Retries of a batch never end; not skipping " + record, ex);
		}, backOff);
	}

}

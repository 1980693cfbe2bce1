package dev.dialtone.producer.publish;

import java.time.Clock;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.producer.config.ProducerProperties;
import dev.dialtone.producer.metrics.IntakeMetrics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

@Configuration(proxyBeanMethods = false)
class PublishConfiguration {

	@Bean
	EventPublisher eventPublisher(KafkaTemplate<String, IdentityEvent> template, ProducerProperties properties,
			IntakeMetrics metrics, Clock clock) {
		IdempotencyStore store = new IdempotencyStore(properties.idempotencyWindow(), properties.idempotencyMaxIds(),
				clock);
		return new EventPublisher(template, store, properties.topic(), properties.publishTimeout(),
				metrics::publishLatency);
	}

}

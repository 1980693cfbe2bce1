package dev.dialtone.producer.publish;

import java.time.Clock;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.producer.config.ProducerProperties;
import dev.dialtone.producer.metrics.IntakeMetrics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;

/**
 * The identity-event publisher and the topic it writes, created (when missing) as the
 * catalogue describes it.
 */
@Configuration(proxyBeanMethods = false)
class PublishConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PublishConfiguration.class);

	/**
	 * Replaces Spring Kafka's default listener, which logs the whole failed record, work
	 * emails included: log the key (the employee id) and the error only.
	 */
	@Bean
	ProducerListener<Object, Object> kafkaProducerListener() {
		return new ProducerListener<>() {

			@Override
			public void onError(ProducerRecord<Object, Object> record, RecordMetadata metadata, Exception exception) {
				log.warn("Send to {} for employee {} failed: {}", record.topic(), record.key(), exception.toString());
			}

		};
	}

	@Bean
	PlatformHealth.Kafka kafkaHealthIndicator(KafkaProperties kafka) {
		return new PlatformHealth.Kafka(kafka.buildAdminProperties());
	}

	@Bean
	PlatformHealth.Registry schemaRegistryHealthIndicator(KafkaProperties kafka) {
		return new PlatformHealth.Registry(String.valueOf(kafka.getProperties().get("schema.registry.url")));
	}

	@Bean
	NewTopic identityEventsTopic(ProducerProperties properties) {
		return properties.topicCreation().newTopic(DialtoneTopic.IDENTITY_EVENTS, properties.topic());
	}

	@Bean
	EventPublisher eventPublisher(KafkaTemplate<String, IdentityEvent> template, ProducerProperties properties,
			IntakeMetrics metrics, Clock clock) {
		IdempotencyStore store = new IdempotencyStore(properties.idempotencyWindow(), properties.idempotencyMaxIds(),
				clock);
		return new EventPublisher(template, store, properties.topic(), properties.publishTimeout(),
				metrics::publishLatency);
	}

}

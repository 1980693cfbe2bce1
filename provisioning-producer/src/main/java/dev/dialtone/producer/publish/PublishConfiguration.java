package dev.dialtone.producer.publish;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.producer.config.ProducerProperties;
import dev.dialtone.producer.metrics.IntakeMetrics;
import dev.dialtone.producer.sharedlog.SharedLog;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.TopicConfig;
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
	IdempotencyStore idempotencyStore(ProducerProperties properties, Clock clock) {
		return new IdempotencyStore(properties.idempotencyWindow(), properties.idempotencyMaxIds(), clock);
	}

	/**
	 * Deleted after the idempotency window: an id is written once, so compaction would
	 * keep nothing less.
	 */
	@Bean
	NewTopic acceptedEventIdsTopic(ProducerProperties properties) {
		NewTopic topic = properties.topicCreation()
			.newTopic(DialtoneTopic.PRODUCER_EVENT_IDS, properties.eventIdsTopic());
		Map<String, String> configs = new HashMap<>(topic.configs());
		configs.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(properties.idempotencyWindow().toMillis()));
		return topic.configs(configs);
	}

	@Bean
	AcceptedEventIds acceptedEventIds(KafkaProperties kafka, NewTopic acceptedEventIdsTopic, IdempotencyStore store,
			ProducerProperties properties) {
		return new AcceptedEventIds(SharedLog.connection(kafka), acceptedEventIdsTopic, store,
				properties.idempotencyCatchUp());
	}

	@Bean
	EventPublisher eventPublisher(KafkaTemplate<String, IdentityEvent> template, IdempotencyStore store,
			AcceptedEventIds shared, ProducerProperties properties, IntakeMetrics metrics) {
		return new EventPublisher(template, store, shared, properties.topic(), properties.publishTimeout(),
				metrics::publishLatency);
	}

}

package dev.dialtone.auditor.config;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.dialtone.serde.RegistryAvroSerializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Listeners run in Kafka transactions, so failures go through the after-rollback processor: a bounded exponential
 * back-off, then the record goes to the dead-letter topic with its origin in headers. Java config because the
 * dead-letter producer must write both raw bytes (poison records) and Avro (records that failed processing).
 */
@Configuration(proxyBeanMethods = false)
class KafkaErrorHandling {

	@Bean
	DefaultAfterRollbackProcessor<Object, Object> afterRollbackProcessor(ProducerFactory<String, Object> producers,
			KafkaTemplate<String, Object> template, AuditorProperties properties) {
		Map<String, Object> config = new LinkedHashMap<>(producers.getConfigurationProperties());
		config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
		Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
		byType.put(byte[].class, new ByteArraySerializer());
		byType.put(SpecificRecord.class, new RegistryAvroSerializer());
		DefaultKafkaProducerFactory<Object, Object> dltProducers = new DefaultKafkaProducerFactory<>(config,
				keySerializer(),
				new DelegatingByTypeSerializer(byType, true));
		KafkaTemplate<Object, Object> dlt = new KafkaTemplate<>(dltProducers);
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(dlt,
				(record, ex) -> new TopicPartition(properties.topics().outcomesDlt(), -1));
		ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
		backOff.setMaxAttempts(3);
		DefaultAfterRollbackProcessor<Object, Object> processor = new DefaultAfterRollbackProcessor<>(recoverer,
				backOff, template, true);
		return processor;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Serializer<Object> keySerializer() {
		return (Serializer) new StringSerializer();
	}

}

package dev.dialtone.worker.config;

import java.time.Clock;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * What several features share: the clock and the two Kafka templates (Avro values, and
 * raw bytes for dead letters and the ledger). Java because properties configure only one
 * template.
 */
@Configuration(proxyBeanMethods = false)
class CommonConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Avro values (outcomes, deferrals, unknown-type dead letters); declared here since
	 * Boot's backs off.
	 */
	@Bean
	KafkaTemplate<Object, Object> kafkaTemplate(ProducerFactory<Object, Object> producerFactory) {
		return new KafkaTemplate<>(producerFactory);
	}

	@Bean
	KafkaTemplate<String, byte[]> bytesKafkaTemplate(ProducerFactory<Object, Object> producerFactory) {
		Map<String, Object> bytes = Map.of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		@SuppressWarnings({ "unchecked", "rawtypes" })
		ProducerFactory<String, byte[]> factory = (ProducerFactory) producerFactory
			.copyWithConfigurationOverride(bytes);
		return new KafkaTemplate<>(factory);
	}

}

package dev.dialtone.worker.deadletter;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.dialtone.worker.config.WorkerProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * The identity dead-letter topic: Spring's recoverer behind the lanes' publisher, and the
 * re-drive command.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

	@Bean
	DeadLetterPublisher deadLetterPublisher(KafkaTemplate<String, byte[]> bytesKafkaTemplate,
			KafkaTemplate<Object, Object> kafkaTemplate, WorkerProperties properties) {
		// poison records carry their original bytes; unknown types are records the Avro
		// serializer writes back as-is
		Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
		templates.put(byte[].class, bytesKafkaTemplate);
		templates.put(Object.class, kafkaTemplate);
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(templates,
				DeadLetterPublisher.to(properties.topics().identityDlt()));
		return new DeadLetterPublisher(recoverer, properties.topics().groupId());
	}

	@Bean
	DeadLetterRedriver deadLetterRedriver(ConsumerFactory<Object, Object> consumerFactory,
			KafkaTemplate<String, byte[]> bytesKafkaTemplate, WorkerProperties properties) {
		return new DeadLetterRedriver(consumerFactory, bytesKafkaTemplate, properties.topics().identityDlt(),
				properties.topics().identity(), properties.topics().groupId() + "-redrive");
	}

	@Bean
	DeadLetterEndpoint deadLetterEndpoint(DeadLetterRedriver redriver) {
		return new DeadLetterEndpoint(redriver);
	}

}

package dev.dialtone.producer.ownership;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.producer.config.ProducerProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OwnershipConfiguration {

	@Bean
	NewTopic employeeSourcesTopic(ProducerProperties properties) {
		return properties.topicCreation()
			.newTopic(DialtoneTopic.PRODUCER_EMPLOYEE_SOURCES, properties.employeeSourcesTopic());
	}

	@Bean
	EmployeeSources employeeSources(KafkaProperties kafka, NewTopic employeeSourcesTopic) {
		// connection settings only: this topic holds plain strings, not Avro
		Map<String, Object> client = new HashMap<>(kafka.buildAdminProperties());
		client.keySet().removeIf((key) -> key.startsWith("schema.registry") || key.startsWith("auto.register"));
		// the same fail-fast timeouts as the identity publisher, so a claim never
		// outlasts a 503
		Map<String, String> producer = kafka.getProducer().getProperties();
		for (String timeout : List.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
				ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG)) {
			if (producer.containsKey(timeout)) {
				client.put(timeout, producer.get(timeout));
			}
		}
		return new EmployeeSources(client, employeeSourcesTopic);
	}

	@Bean
	EmployeeAuthority employeeAuthority(EmployeeSources sources) {
		return new EmployeeAuthority(sources);
	}

}

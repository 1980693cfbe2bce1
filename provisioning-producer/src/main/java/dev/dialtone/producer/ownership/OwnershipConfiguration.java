package dev.dialtone.producer.ownership;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.producer.config.ProducerProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OwnershipConfiguration {

	/**
	 * Compacted, one partition: one small record per employee, the first one per key
	 * being the one that counts. Not in the DialtoneTopic catalogue yet, hence built here
	 * with the same replication rules ({@code topic-creation.*}, else the broker's).
	 */
	@Bean
	NewTopic employeeSourcesTopic(ProducerProperties properties) {
		Map<String, String> configs = new HashMap<>();
		configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
		if (properties.topicCreation().minInsyncReplicas() != null) {
			configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
					Integer.toString(properties.topicCreation().minInsyncReplicas()));
		}
		return new NewTopic(properties.employeeSourcesTopic(), Optional.of(1),
				Optional.ofNullable(properties.topicCreation().replicationFactor()))
			.configs(configs);
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

package dev.dialtone.producer.scim;

import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.producer.config.ProducerProperties;
import dev.dialtone.producer.metrics.IntakeMetrics;
import dev.dialtone.producer.ownership.EmployeeAuthority;
import dev.dialtone.producer.publish.EventPublisher;
import dev.dialtone.producer.sharedlog.SharedLog;
import dev.dialtone.producer.validation.EventValidator;
import org.apache.kafka.clients.admin.NewTopic;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ScimConfiguration {

	/**
	 * Compacted (the catalogue's cleanup): only the latest SCIM resource per SCIM id
	 * matters, and it must survive restarts.
	 */
	@Bean
	NewTopic scimUsersTopic(ProducerProperties properties) {
		return properties.topicCreation().newTopic(DialtoneTopic.SCIM_USERS, properties.scimUsersTopic());
	}

	@Bean
	ScimUserLog scimUserLog(KafkaProperties kafka, NewTopic scimUsersTopic, JsonMapper json) {
		return new ScimUserLog(SharedLog.connection(kafka), scimUsersTopic, json);
	}

	@Bean
	ScimUserService scimUserService(ScimUserLog log, EventValidator validator, EventPublisher publisher,
			IntakeMetrics metrics, EmployeeAuthority authority) {
		return new ScimUserService(log, validator, publisher, metrics, authority);
	}

}

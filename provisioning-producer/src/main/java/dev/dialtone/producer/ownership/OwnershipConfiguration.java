package dev.dialtone.producer.ownership;

import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.producer.config.ProducerProperties;
import dev.dialtone.producer.sharedlog.SharedLog;
import org.apache.kafka.clients.admin.NewTopic;

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
		return new EmployeeSources(SharedLog.connection(kafka), employeeSourcesTopic);
	}

	@Bean
	EmployeeAuthority employeeAuthority(EmployeeSources sources) {
		return new EmployeeAuthority(sources);
	}

}

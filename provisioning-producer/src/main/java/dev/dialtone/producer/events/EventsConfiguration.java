package dev.dialtone.producer.events;

import dev.dialtone.producer.metrics.IntakeMetrics;
import dev.dialtone.producer.ownership.EmployeeAuthority;
import dev.dialtone.producer.publish.EventPublisher;
import dev.dialtone.producer.validation.EventValidator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

	@Bean
	EventIntake eventIntake(EventValidator validator, EventPublisher publisher, IntakeMetrics metrics,
			EmployeeAuthority authority) {
		return new EventIntake(validator, publisher, metrics, authority);
	}

}

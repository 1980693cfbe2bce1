package dev.dialtone.producer.validation;

import java.time.Clock;

import dev.dialtone.producer.config.ProducerProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

	@Bean
	EventValidator eventValidator(ProducerProperties properties, Clock clock) {
		return new EventValidator(properties.siteCodes(), clock);
	}

}

package dev.dialtone.producer.config;

import java.time.Clock;

import dev.dialtone.producer.auth.SourceAuthenticator;
import dev.dialtone.producer.metrics.IntakeMetrics;
import dev.dialtone.producer.validation.EventValidator;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the plain-Java intake pieces (validation, authentication, metrics) from
 * {@link ProducerProperties}.
 */
@Configuration(proxyBeanMethods = false)
class ProducerConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	EventValidator eventValidator(ProducerProperties properties, Clock clock) {
		return new EventValidator(properties.siteCodes(), clock);
	}

	@Bean
	SourceAuthenticator sourceAuthenticator(ProducerProperties properties, Clock clock) {
		return new SourceAuthenticator(properties.sources(), properties.replayWindow(), clock);
	}

	@Bean
	IntakeMetrics intakeMetrics(MeterRegistry registry) {
		return new IntakeMetrics(registry);
	}

}

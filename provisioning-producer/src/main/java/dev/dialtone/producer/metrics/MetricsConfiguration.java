package dev.dialtone.producer.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

	@Bean
	IntakeMetrics intakeMetrics(MeterRegistry registry) {
		return new IntakeMetrics(registry);
	}

}

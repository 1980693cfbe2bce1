package dev.dialtone.auditor.metrics;

import dev.dialtone.auditor.state.AnomalyLedger;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auditor's meters over the application's registry.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

	@Bean
	AuditorMetrics auditorMetrics(MeterRegistry registry, AnomalyLedger ledger) {
		return new AuditorMetrics(registry, ledger);
	}

}

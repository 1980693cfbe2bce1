package dev.dialtone.auditor.web;

import java.time.Clock;

import dev.dialtone.auditor.config.AuditorProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The page's and API's own collaborators. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	ActionRateLimit actionRateLimit(AuditorProperties properties, Clock clock) {
		return new ActionRateLimit(properties.security().actionBurst(), properties.security().actionRefill(), clock);
	}

}

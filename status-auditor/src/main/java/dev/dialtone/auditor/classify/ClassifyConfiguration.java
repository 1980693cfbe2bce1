package dev.dialtone.auditor.classify;

import java.time.Clock;

import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.zoom.ZoomDirectory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The domain statuses the auditor has seen, and the classifier reading Zoom when an
 * outcome's evidence is missing, stale or outdated by a change.
 */
@Configuration(proxyBeanMethods = false)
class ClassifyConfiguration {

	@Bean
	DomainStatuses domainStatuses() {
		return new DomainStatuses();
	}

	@Bean
	PendingClassifier pendingClassifier(ZoomDirectory zoom, DomainStatuses domains, Clock clock,
			AuditorProperties properties) {
		return new PendingClassifier(zoom, domains, clock, properties.evidenceMaxAge());
	}

}

package dev.dialtone.auditor.classify;

import java.time.Clock;

import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.zoom.ZoomDirectory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The classifier, reading Zoom when an outcome's evidence is missing or stale.
 */
@Configuration(proxyBeanMethods = false)
class ClassifyConfiguration {

	@Bean
	PendingClassifier pendingClassifier(ZoomDirectory zoom, Clock clock, AuditorProperties properties) {
		return new PendingClassifier(zoom, clock, properties.evidenceMaxAge());
	}

}

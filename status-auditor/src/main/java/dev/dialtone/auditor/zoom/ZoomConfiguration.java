package dev.dialtone.auditor.zoom;

import java.time.Clock;

import dev.dialtone.zoom.client.ZoomClient;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auditor's Zoom port over the shared typed client, and the record of scopes its
 * calls were refused for.
 */
@Configuration(proxyBeanMethods = false)
class ZoomConfiguration {

	@Bean
	MissingScopes missingScopes(MeterRegistry registry, Clock clock) {
		return new MissingScopes(registry, clock);
	}

	@Bean
	ZoomDirectory zoomDirectory(ZoomClient client, MissingScopes scopes) {
		return ZoomDirectory.of(client, scopes);
	}

}

package dev.dialtone.auditor.zoom;

import dev.dialtone.zoom.client.ZoomClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auditor's Zoom port over the shared typed client.
 */
@Configuration(proxyBeanMethods = false)
class ZoomConfiguration {

	@Bean
	ZoomDirectory zoomDirectory(ZoomClient client) {
		return ZoomDirectory.of(client);
	}

}

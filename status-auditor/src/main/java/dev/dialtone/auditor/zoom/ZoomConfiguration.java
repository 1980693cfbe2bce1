package dev.dialtone.auditor.zoom;

import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.zoom.client.ZoomClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auditor's Zoom port over the shared typed client.
 */
@Configuration(proxyBeanMethods = false)
class ZoomConfiguration {

	/**
	 * The auditor's calls count against the account budget the workers spend too: its
	 * client allows itself only the auditor's configured share.
	 */
	@Bean
	ZoomDirectory zoomDirectory(ZoomClient client, AuditorProperties properties) {
		client.rateBudget().setShare(properties.zoomBudgetShare());
		return ZoomDirectory.of(client);
	}

}

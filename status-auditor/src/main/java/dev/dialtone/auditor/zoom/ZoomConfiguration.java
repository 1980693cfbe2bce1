package dev.dialtone.auditor.zoom;

import java.time.Clock;

import dev.dialtone.auditor.config.AuditorProperties;
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

	/**
	 * The auditor's calls count against the account budget the workers spend too: its
	 * client allows itself only the auditor's configured share.
	 */
	@Bean
	MissingScopes missingScopes(MeterRegistry registry, Clock clock) {
		return new MissingScopes(registry, clock);
	}

	/**
	 * The auditor's calls count against the account budget the workers spend too: its
	 * client allows itself only the auditor's configured share.
	 */
	@Bean
	ZoomDirectory zoomDirectory(ZoomClient client, MissingScopes scopes, AuditorProperties properties) {
		client.rateBudget().setShare(properties.zoomBudgetShare());
		return ZoomDirectory.of(client, scopes);
	}

}

package dev.dialtone.auditor.webhook;

import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.recheck.UserActivation;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.zoom.ZoomDirectory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Zoom's signed event notifications: the signature check and the handler behind the
 * endpoint.
 */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

	@Bean
	ZoomSignature zoomSignature(AuditorProperties properties) {
		return new ZoomSignature(properties.webhook().secretToken(), properties.webhook().maxSkew());
	}

	@Bean
	WebhookHandler webhookHandler(AnomalyLedger ledger, ZoomDirectory zoom, UserActivation activation) {
		return new WebhookHandler(ledger, zoom, activation);
	}

}

package dev.dialtone.worker.phone;

import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.zoom.client.ZoomClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Zoom Phone steps, over the configured sites. */
@Configuration(proxyBeanMethods = false)
class PhoneConfiguration {

	@Bean
	PhoneProvisioner phoneProvisioner(ZoomClient zoom, WorkerProperties properties) {
		return new PhoneProvisioner(zoom, properties.sites());
	}

	@Bean
	PhoneLineRemover phoneLineRemover(ZoomClient zoom, PhoneProvisioner phone) {
		return new PhoneLineRemover(zoom, phone);
	}

}

package dev.dialtone.worker.phone;

import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.worker.ratelimit.PartitionOwnership;
import dev.dialtone.zoom.client.ZoomClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Zoom Phone steps, over the configured sites. */
@Configuration(proxyBeanMethods = false)
class PhoneConfiguration {

	/**
	 * Extensions and numbers sliced by the identity partitions this instance owns: the
	 * allocation the phone steps (and batched phone-user creation) reserve from.
	 */
	@Bean
	LineAllocator lineAllocator(ZoomClient zoom, PartitionOwnership ownership) {
		return new LineAllocator(zoom, ownership::total, ownership::owned);
	}

	@Bean
	PhoneProvisioner phoneProvisioner(ZoomClient zoom, WorkerProperties properties, LineAllocator allocator) {
		return new PhoneProvisioner(zoom, properties.sites(), allocator);
	}

	@Bean
	PhoneLineRemover phoneLineRemover(ZoomClient zoom, PhoneProvisioner phone) {
		return new PhoneLineRemover(zoom, phone);
	}

}

package dev.dialtone.worker.phone;

import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.worker.ratelimit.PartitionOwnership;
import dev.dialtone.worker.step.RetryPolicy;
import dev.dialtone.worker.step.StepTimer;
import dev.dialtone.zoom.client.ZoomClient;
import io.micrometer.core.instrument.MeterRegistry;

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

	/**
	 * Used only while {@code dialtone.worker.phone-batch.enabled} (see
	 * AccountConfiguration); its threads start on first use.
	 */
	@Bean(destroyMethod = "close")
	PhoneBatcher phoneBatcher(ZoomClient zoom, WorkerProperties properties, MeterRegistry meters) {
		RetryPolicy policy = RetryPolicy.of(properties.retry());
		WorkerProperties.PhoneBatch batch = properties.phoneBatch();
		return new PhoneBatcher(zoom, policy, new StepTimer(meters), batch.maxSize(), batch.linger());
	}

	@Bean
	PhoneLineRemover phoneLineRemover(ZoomClient zoom, PhoneProvisioner phone) {
		return new PhoneLineRemover(zoom, phone);
	}

}

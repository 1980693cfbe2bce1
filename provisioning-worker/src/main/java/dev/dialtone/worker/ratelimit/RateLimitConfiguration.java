package dev.dialtone.worker.ratelimit;

import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.zoom.client.ZoomClient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * This instance's share of the Zoom account budget, from the identity partitions it owns.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	/**
	 * Until the broker says, the identity topic is assumed to have the catalogue's
	 * partition count.
	 */
	@Bean
	PartitionOwnership partitionOwnership(WorkerProperties properties, MeterRegistry meters) {
		PartitionOwnership ownership = new PartitionOwnership(properties.topics().identity(),
				DialtoneTopic.IDENTITY_EVENTS.defaultPartitions());
		Gauge.builder("dialtone.worker.partitions.owned", ownership, PartitionOwnership::ownedCount)
			.description("Identity partitions this instance owns")
			.register(meters);
		return ownership;
	}

	@Bean
	BudgetShare budgetShare(PartitionOwnership ownership, ZoomClient zoom, WorkerProperties properties,
			MeterRegistry meters) {
		Gauge.builder("dialtone.worker.budget.share", zoom, (client) -> client.rateBudget().share())
			.description("Share of the Zoom account budget this instance may spend")
			.register(meters);
		return new BudgetShare(ownership, zoom.rateBudget(), properties.topics().identity(),
				properties.budget().workersShare());
	}

}

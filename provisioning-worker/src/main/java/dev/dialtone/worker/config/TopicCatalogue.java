package dev.dialtone.worker.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The worker's topics, created on start-up when missing (existing topics are left as they
 * are).
 */
@Configuration(proxyBeanMethods = false)
class TopicCatalogue {

	@Bean
	NewTopic identityTopic(WorkerProperties properties) {
		return TopicBuilder.name(properties.topics().identity()).partitions(properties.identityPartitions()).build();
	}

	@Bean
	NewTopic identityDeadLetterTopic(WorkerProperties properties) {
		return TopicBuilder.name(properties.topics().identityDlt()).partitions(3).build();
	}

	@Bean
	NewTopic outcomesTopic(WorkerProperties properties) {
		return TopicBuilder.name(properties.topics().outcomes()).partitions(properties.identityPartitions()).build();
	}

	/**
	 * Co-partitioned with the identity topic: ledger partition p holds the entries of
	 * identity partition p.
	 */
	@Bean
	NewTopic ledgerTopic(WorkerProperties properties) {
		return TopicBuilder.name(properties.topics().ledger())
			.partitions(properties.identityPartitions())
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
			.build();
	}

	@Bean
	NewTopic deferredTopic(WorkerProperties properties) {
		return TopicBuilder.name(properties.topics().deferred())
			.partitions(3)
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
			.build();
	}

}

package dev.dialtone.producer.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics this service writes. The identity topic's dead-letter topic belongs to the
 * worker (its consumer), so it is declared there, not here.
 */
@Configuration(proxyBeanMethods = false)
class TopicCatalogue {

	@Bean
	NewTopic identityEventsTopic(ProducerProperties properties) {
		return TopicBuilder.name(properties.topic()).partitions(properties.partitions()).build();
	}

	/**
	 * Compacted: only the latest SCIM resource per SCIM id matters, and it must survive
	 * restarts.
	 */
	@Bean
	NewTopic scimUsersTopic(ProducerProperties properties) {
		return TopicBuilder.name(properties.scimUsersTopic())
			.partitions(1)
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
			.build();
	}

}

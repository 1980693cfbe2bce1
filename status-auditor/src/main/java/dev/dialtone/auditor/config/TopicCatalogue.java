package dev.dialtone.auditor.config;

import java.util.ArrayList;
import java.util.List;

import dev.dialtone.auditor.config.AuditorProperties.RouteMode;
import dev.dialtone.auditor.config.AuditorProperties.Topics;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.contracts.PendingCause;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Every topic the auditor reads or writes, created at start-up when missing. The
 * anomalies and latest-outcomes topics are compacted: they are the auditor's durable
 * state.
 */
@Configuration(proxyBeanMethods = false)
class TopicCatalogue {

	@Bean
	KafkaAdmin.NewTopics auditorTopics(AuditorProperties properties) {
		Topics t = properties.topics();
		List<NewTopic> topics = new ArrayList<>();
		topics.add(plain(t.identityEvents(), t));
		topics.add(plain(t.outcomes(), t));
		topics.add(plain(t.outcomesDlt(), t));
		topics.add(compacted(t.anomalies(), t));
		topics.add(compacted(t.latestOutcomes(), t));
		topics.add(compacted(t.incidents(), t));
		topics.add(plain(t.notifications(), t));
		topics.add(plain(t.audit(), t));
		if (properties.routeMode() == RouteMode.TOPIC_PER_CAUSE) {
			for (PendingCause cause : PendingCause.values()) {
				topics.add(plain(AnomalyRouter.routeTopic(t.anomalies(), cause), t));
			}
		}
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	private static NewTopic plain(String name, Topics t) {
		return TopicBuilder.name(name).partitions(t.partitions()).replicas(t.replicas()).build();
	}

	private static NewTopic compacted(String name, Topics t) {
		return TopicBuilder.name(name)
			.partitions(t.partitions())
			.replicas(t.replicas())
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
			.build();
	}

}

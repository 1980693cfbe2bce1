package dev.dialtone.auditor.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.auditor.config.AuditorProperties.RouteMode;
import dev.dialtone.auditor.config.AuditorProperties.Spike;
import dev.dialtone.auditor.config.AuditorProperties.Topics;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.contracts.topics.TopicCreation;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The catalogue topics the auditor writes, created at start-up when missing, with the
 * catalogue's partitions and cleanup policy; replication is the broker's unless
 * {@code dialtone.auditor.topic-creation.*} says otherwise. The outcomes topic is the
 * worker's: the auditor only reads it.
 */
@Configuration(proxyBeanMethods = false)
class AuditorTopics {

	@Bean
	KafkaAdmin.NewTopics auditorNewTopics(AuditorProperties properties) {
		Topics names = properties.topics();
		TopicCreation creation = properties.topicCreation();
		List<NewTopic> topics = new ArrayList<>();
		// RESUME / REDRIVE commands
		topics.add(creation.newTopic(DialtoneTopic.IDENTITY_EVENTS, names.identityEvents()));
		topics.add(creation.newTopic(DialtoneTopic.PROVISIONING_OUTCOMES_DLT, names.outcomesDlt()));
		topics.add(creation.newTopic(DialtoneTopic.AUDITOR_LATEST_OUTCOMES, names.latestOutcomes()));
		topics.add(creation.newTopic(DialtoneTopic.PENDING_ANOMALIES, names.anomalies()));
		if (properties.routeMode() == RouteMode.TOPIC_PER_CAUSE) {
			for (PendingCause cause : PendingCause.values()) {
				topics.add(creation.newTopic(DialtoneTopic.PENDING_ANOMALY_ROUTES,
						DialtoneTopic.routeOf(names.anomalies(), cause)));
			}
		}
		topics.add(creation.newTopic(DialtoneTopic.PENDING_INCIDENTS, names.incidents()));
		topics.add(spikeObservations(creation, names, properties.spike()));
		topics.add(creation.newTopic(DialtoneTopic.NOTIFICATIONS, names.notifications()));
		topics.add(creation.newTopic(DialtoneTopic.AUDIT, names.audit()));
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	/**
	 * Kept twice as long as the longest window it rebuilds on assignment (the account's
	 * baseline): older observations are never read again.
	 */
	private static NewTopic spikeObservations(TopicCreation creation, Topics names, Spike rules) {
		NewTopic topic = creation.newTopic(DialtoneTopic.AUDITOR_SPIKE_OBSERVATIONS, names.spikeObservations());
		Duration longest = (rules.baselineWindow().compareTo(rules.window()) > 0) ? rules.baselineWindow()
				: rules.window();
		Map<String, String> configs = new HashMap<>(topic.configs());
		configs.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(longest.multipliedBy(2).toMillis()));
		return topic.configs(configs);
	}

}

package dev.dialtone.auditor.config;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.topics.DialtoneTopic;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's topic-creation requests (its {@link KafkaAdmin.NewTopics} bean): only the
 * topics it writes, the catalogue's partitions and cleanup policy, replication left to
 * the broker unless configured.
 */
class AuditorTopicsTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(Properties.class, AuditorTopics.class);

	@Test
	void leavesReplicationAndMinInsyncReplicasToTheBrokerWhenThePlaceholdersAreEmpty() {
		this.contexts
			.withPropertyValues("dialtone.auditor.topic-creation.replication-factor=",
					"dialtone.auditor.topic-creation.min-insync-replicas=")
			.run((context) -> {
				assertThat(context.getBean(AuditorProperties.class).topicCreation().replicationFactor()).isNull();
				assertThat(requests(context.getBean(KafkaAdmin.NewTopics.class))).isNotEmpty().allSatisfy((topic) -> {
					assertThat(topic.replicationFactor()).isEqualTo((short) -1);
					assertThat(topic.configs()).doesNotContainKey(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
				});
			});
	}

	@Test
	void appliesAConfiguredReplicationFactorAndMinInsyncReplicas() {
		this.contexts
			.withPropertyValues("dialtone.auditor.topic-creation.replication-factor=3",
					"dialtone.auditor.topic-creation.min-insync-replicas=2")
			.run((context) -> assertThat(requests(context.getBean(KafkaAdmin.NewTopics.class))).allSatisfy((topic) -> {
				assertThat(topic.replicationFactor()).isEqualTo((short) 3);
				assertThat(topic.configs()).containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2");
			}));
	}

	@Test
	void createsOnlyTheTopicsItWritesWithTheCataloguesPartitionsAndCleanup() {
		this.contexts.run((context) -> {
			List<NewTopic> topics = requests(context.getBean(KafkaAdmin.NewTopics.class));
			assertThat(topics).extracting(NewTopic::name)
				.doesNotContain(DialtoneTopic.PROVISIONING_OUTCOMES.defaultName())
				.contains(DialtoneTopic.IDENTITY_EVENTS.defaultName(),
						DialtoneTopic.PROVISIONING_OUTCOMES_DLT.defaultName(),
						DialtoneTopic.AUDITOR_LATEST_OUTCOMES.defaultName(),
						DialtoneTopic.PENDING_ANOMALIES.defaultName(), DialtoneTopic.PENDING_INCIDENTS.defaultName(),
						DialtoneTopic.NOTIFICATIONS.defaultName(), DialtoneTopic.AUDIT.defaultName(),
						DialtoneTopic.AUDITOR_SPIKE_OBSERVATIONS.defaultName(),
						DialtoneTopic.routeOf(DialtoneTopic.PENDING_ANOMALIES.defaultName(),
								PendingCause.DOMAIN_NOT_VERIFIED))
				.hasSize(8 + PendingCause.values().length);
			Map<String, NewTopic> byName = topics.stream().collect(Collectors.toMap(NewTopic::name, (t) -> t));
			assertThat(byName.get(DialtoneTopic.PENDING_ANOMALIES.defaultName()).configs())
				.containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
			assertThat(byName.get(DialtoneTopic.AUDIT.defaultName()).configs())
				.containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
			// twice the default baseline window (2 h): everything a replay on assignment
			// reads
			assertThat(byName.get(DialtoneTopic.AUDITOR_SPIKE_OBSERVATIONS.defaultName()).configs())
				.containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
				.containsEntry(TopicConfig.RETENTION_MS_CONFIG, Long.toString(Duration.ofHours(4).toMillis()));
			assertThat(byName.get(DialtoneTopic.IDENTITY_EVENTS.defaultName()).numPartitions())
				.isEqualTo(DialtoneTopic.IDENTITY_EVENTS.defaultPartitions());
		});
	}

	@Test
	void routesNoCauseTopicsInHeaderMode() {
		this.contexts.withPropertyValues("dialtone.auditor.route-mode=HEADER")
			.run((context) -> assertThat(requests(context.getBean(KafkaAdmin.NewTopics.class)))
				.extracting(NewTopic::name)
				.noneMatch((name) -> name.startsWith(DialtoneTopic.PENDING_ANOMALIES.defaultName() + ".")));
	}

	/** The requests as KafkaAdmin reads them (its accessor is package-private). */
	private static List<NewTopic> requests(KafkaAdmin.NewTopics topics) {
		Collection<NewTopic> requests = ReflectionTestUtils.invokeMethod(topics, "getNewTopics");
		return List.copyOf(requests);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AuditorProperties.class)
	static class Properties {

	}

}

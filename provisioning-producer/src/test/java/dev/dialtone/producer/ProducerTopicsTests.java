package dev.dialtone.producer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.dialtone.contracts.topics.DialtoneTopic;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer declares only the topics it writes, with the catalogue's partitions and
 * cleanup, and forces no replication unless a deployment configures it.
 */
class ProducerTopicsTests {

	static Map<String, NewTopic> topicsByName(ApplicationContext context) {
		Map<String, NewTopic> topics = new HashMap<>();
		context.getBeansOfType(NewTopic.class).values().forEach((topic) -> topics.put(topic.name(), topic));
		return topics;
	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	class ByDefault {

		@Autowired
		ApplicationContext context;

		@DynamicPropertySource
		static void platform(DynamicPropertyRegistry registry) {
			IntakeTestSupport.properties(registry);
		}

		@Test
		void shouldDeclareOnlyTheCatalogueTopicsTheProducerWrites() {
			Map<String, NewTopic> topics = topicsByName(this.context);

			assertThat(topics).containsOnlyKeys(IntakeTestSupport.TOPIC, IntakeTestSupport.SCIM_TOPIC,
					IntakeTestSupport.EMPLOYEE_SOURCES_TOPIC, IntakeTestSupport.EVENT_IDS_TOPIC);
			// an accepted id is written once: kept for the idempotency window, then
			// deleted
			assertThat(topics.get(IntakeTestSupport.EVENT_IDS_TOPIC).configs())
				.containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
				.containsEntry(TopicConfig.RETENTION_MS_CONFIG, Long.toString(Duration.ofHours(24).toMillis()));
			assertThat(topics.get(IntakeTestSupport.EVENT_IDS_TOPIC).numPartitions())
				.isEqualTo(DialtoneTopic.PRODUCER_EVENT_IDS.defaultPartitions());
			assertThat(topics.get(IntakeTestSupport.EMPLOYEE_SOURCES_TOPIC).configs())
				.containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
			assertThat(topics.get(IntakeTestSupport.TOPIC).numPartitions())
				.isEqualTo(DialtoneTopic.IDENTITY_EVENTS.defaultPartitions());
			assertThat(topics.get(IntakeTestSupport.TOPIC).configs()).containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG,
					TopicConfig.CLEANUP_POLICY_DELETE);
			assertThat(topics.get(IntakeTestSupport.SCIM_TOPIC).numPartitions())
				.isEqualTo(DialtoneTopic.SCIM_USERS.defaultPartitions());
			assertThat(topics.get(IntakeTestSupport.SCIM_TOPIC).configs())
				.containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
		}

		@Test
		void shouldLeaveReplicationFactorAndMinInsyncReplicasToTheBroker() {
			assertThat(topicsByName(this.context).values()).allSatisfy((topic) -> {
				assertThat(topic.replicationFactor()).isEqualTo((short) -1);
				assertThat(topic.configs()).doesNotContainKey(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
			});
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "dialtone.producer.topic-creation.replication-factor=1",
					"dialtone.producer.topic-creation.min-insync-replicas=1" })
	class WhenConfigured {

		@Autowired
		ApplicationContext context;

		@DynamicPropertySource
		static void platform(DynamicPropertyRegistry registry) {
			IntakeTestSupport.properties(registry);
		}

		@Test
		void shouldRequestTheConfiguredReplicationFactorAndMinInsyncReplicas() {
			assertThat(topicsByName(this.context).values()).hasSize(4).allSatisfy((topic) -> {
				assertThat(topic.replicationFactor()).isEqualTo((short) 1);
				assertThat(topic.configs()).containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "1");
			});
		}

	}

}

package dev.dialtone.worker.topic;

import java.util.Arrays;
import java.util.List;

import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.worker.config.WorkerProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topics the worker declares, from the bound properties (as application.yml's empty
 * placeholders leave them) and the catalogue; no broker.
 */
@Tag("fast")
class TopicConfigurationTests {

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Properties.class, TopicConfiguration.class)
		.withPropertyValues("dialtone.worker.topic-creation.replication-factor=",
				"dialtone.worker.topic-creation.min-insync-replicas=");

	@Test
	void declaresOnlyTheTopicsTheCatalogueSaysTheWorkerWrites() {
		this.runner.run((context) -> {
			assertThat(topics(context)).extracting(NewTopic::name)
				.containsExactlyInAnyOrderElementsOf(writtenByWorker());
		});
	}

	@Test
	void leavesReplicationAndMinInsyncReplicasToTheBrokerUnlessConfigured() {
		this.runner.run((context) -> {
			assertThat(context.getBean(WorkerProperties.class).topicCreation().replicationFactor()).isNull();
			assertThat(topics(context)).allSatisfy((topic) -> {
				assertThat(topic.replicationFactor()).isEqualTo((short) -1);
				assertThat(topic.configs()).doesNotContainKey(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
			});
		});
	}

	@Test
	void usesTheCataloguePartitionsAndCleanupPolicy() {
		this.runner.run((context) -> assertThat(catalogued(context)).allSatisfy((topic) -> {
			DialtoneTopic entry = catalogueEntry(topic.name());
			assertThat(topic.numPartitions()).isEqualTo(entry.defaultPartitions());
			assertThat(topic.configs()).containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, entry.cleanup().policy());
		}));
	}

	@Test
	void appliesAConfiguredReplicationFactorAndMinInsyncReplicas() {
		this.runner
			.withPropertyValues("dialtone.worker.topic-creation.replication-factor=3",
					"dialtone.worker.topic-creation.min-insync-replicas=2")
			.run((context) -> assertThat(topics(context)).allSatisfy((topic) -> {
				assertThat(topic.replicationFactor()).isEqualTo((short) 3);
				assertThat(topic.configs()).containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2");
			}));
	}

	@Test
	void topicNamesOverriddenPerDeploymentAreUsed() {
		this.runner.withPropertyValues("dialtone.worker.topics.identity=t.identity")
			.run((context) -> assertThat(topics(context)).extracting(NewTopic::name)
				.contains("t.identity")
				.doesNotContain(DialtoneTopic.IDENTITY_EVENTS.defaultName()));
	}

	private static List<String> writtenByWorker() {
		return Arrays.stream(DialtoneTopic.values())
			.filter((topic) -> topic.writtenBy(DialtoneTopic.Service.WORKER))
			.map(DialtoneTopic::defaultName)
			.toList();
	}

	private static List<NewTopic> catalogued(ApplicationContext context) {
		return topics(context);
	}

	private static DialtoneTopic catalogueEntry(String name) {
		return Arrays.stream(DialtoneTopic.values())
			.filter((topic) -> topic.defaultName().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static List<NewTopic> topics(ApplicationContext context) {
		return List.copyOf(context.getBeansOfType(NewTopic.class).values());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(WorkerProperties.class)
	static class Properties {

	}

}

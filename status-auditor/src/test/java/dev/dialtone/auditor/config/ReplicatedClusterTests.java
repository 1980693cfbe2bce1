package dev.dialtone.auditor.config;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.dialtone.auditor.support.Auditors;
import dev.dialtone.auditor.support.TestTopics;
import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.platform.TopicLayouts;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The auditor on the three-broker platform (broker defaults: replication factor 3,
 * min.insync.replicas 2): every topic it creates (the cause routes and the spike
 * observations included) comes out with 3 replicas and min.insync.replicas 2, and its
 * transactional Kafka template waits for all in-sync replicas ({@code acks=all}) with
 * idempotence on.
 */
class ReplicatedClusterTests {

	static final TestTopics topics = new TestTopics("replicated");

	@Test
	void everyTopicTheAuditorCreatesIsReplicatedThreeTimesAndItsProducerUsesAcksAllWithIdempotence() throws Exception {
		LocalPlatform cluster = LocalPlatform.replicated();
		// the worker's topics, which the auditor only reads
		cluster.createTopics(topics.outcomes(), topics.identityDlt());
		Map<String, Object> onCluster = new LinkedHashMap<>();
		onCluster.put("spring.kafka.bootstrap-servers", cluster.bootstrapServers());
		onCluster.put("spring.kafka.properties.schema.registry.url", cluster.registryUrl());
		try (ZoomSimulator sim = ZoomSimulator.start(Seed.builder().build());
				ConfigurableApplicationContext auditor = Auditors.start(topics, sim, onCluster)) {

			Map<String, KafkaTemplate> templates = auditor.getBeansOfType(KafkaTemplate.class);
			assertThat(templates).isNotEmpty();
			templates.forEach((name, template) -> {
				Map<String, Object> config = template.getProducerFactory().getConfigurationProperties();
				assertThat(String.valueOf(config.get(ProducerConfig.ACKS_CONFIG))).as("acks of %s", name)
					.isEqualTo("all");
				assertThat(String.valueOf(config.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)))
					.as("idempotence of %s", name)
					.isEqualTo("true");
			});
			// every feature that writes a topic declares its own creation request
			List<String> created = auditor.getBeansOfType(KafkaAdmin.NewTopics.class)
				.values()
				.stream()
				.flatMap((declared) -> ReflectionTestUtils.<Collection<NewTopic>>invokeMethod(declared, "getNewTopics")
					.stream())
				.map(NewTopic::name)
				.toList();
			assertThat(created).contains(topics.spikeObservations(), topics.incidents(), topics.anomalies(),
					topics.drift(), topics.zoomUserCreations());
			try (Admin admin = Admin
				.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
				await().atMost(Duration.ofSeconds(60))
					.until(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS).containsAll(created));
				// the broker that answers may not have applied every topic yet:
				// TopicLayouts asks again
				TopicLayouts.describe(admin, created, Duration.ofSeconds(60)).forEach((name, layout) -> {
					assertThat(layout.partitions()).as(name).isPositive();
					assertThat(layout.fewestReplicas()).as("replicas of %s", name).isEqualTo(3);
					assertThat(layout.setting(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG))
						.as("min.insync.replicas of %s", name)
						.isEqualTo("2");
				});
			}
		}
	}

}

package dev.dialtone.worker.topic;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.platform.TopicLayouts;
import dev.dialtone.worker.support.WorkerInstances;
import dev.dialtone.worker.support.WorkerTestSupport;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The worker on the three-broker platform (broker defaults: replication factor 3,
 * min.insync.replicas 2): every topic it creates comes out with 3 replicas and
 * min.insync.replicas 2, and every Kafka template it writes with waits for all in-sync
 * replicas ({@code acks=all}) with idempotence on, so a record acknowledged survives a
 * broker and a retried send is never written twice.
 */
class ReplicatedClusterTests {

	@Test
	void everyTopicTheWorkerCreatesIsReplicatedThreeTimesAndItsProducersUseAcksAllWithIdempotence() throws Exception {
		LocalPlatform cluster = LocalPlatform.replicated();
		String prefix = "replicated-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> properties = new LinkedHashMap<>();
		try (ZoomSimulator sim = ZoomSimulator.start(Seed.builder().build());
				WorkerInstances instances = new WorkerInstances()) {
			properties.putAll(WorkerTestSupport.properties(prefix, sim));
			properties.put("spring.kafka.bootstrap-servers", cluster.bootstrapServers());
			properties.put("spring.kafka.properties.schema.registry.url", cluster.registryUrl());
			ConfigurableApplicationContext worker = instances.start(properties, prefix);

			Map<String, KafkaTemplate> templates = worker.getBeansOfType(KafkaTemplate.class);
			assertThat(templates).isNotEmpty();
			templates.forEach((name, template) -> {
				Map<String, Object> config = template.getProducerFactory().getConfigurationProperties();
				assertThat(String.valueOf(config.get(ProducerConfig.ACKS_CONFIG))).as("acks of %s", name)
					.isEqualTo("all");
				assertThat(String.valueOf(config.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)))
					.as("idempotence of %s", name)
					.isEqualTo("true");
			});
			List<String> created = worker.getBeansOfType(NewTopic.class).values().stream().map(NewTopic::name).toList();
			assertThat(created).hasSizeGreaterThanOrEqualTo(5).allMatch((name) -> name.startsWith(prefix));
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

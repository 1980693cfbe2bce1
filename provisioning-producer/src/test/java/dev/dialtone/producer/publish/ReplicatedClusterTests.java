package dev.dialtone.producer.publish;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.platform.TopicLayouts;
import dev.dialtone.producer.ProducerApplication;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The producer on the three-broker platform (broker defaults: replication factor 3,
 * min.insync.replicas 2): every topic it creates comes out with 3 replicas and
 * min.insync.replicas 2, and its Kafka templates wait for all in-sync replicas
 * ({@code acks=all}) with idempotence on. (The employee-sources and accepted-ids
 * producers set both in code.)
 */
class ReplicatedClusterTests {

	@Test
	void everyTopicTheProducerCreatesIsReplicatedThreeTimesAndItsProducersUseAcksAllWithIdempotence() throws Exception {
		LocalPlatform cluster = LocalPlatform.replicated();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		try (ConfigurableApplicationContext producer = new SpringApplicationBuilder(ProducerApplication.class).run(
				"--server.port=0", "--spring.kafka.bootstrap-servers=" + cluster.bootstrapServers(),
				"--spring.kafka.properties.schema.registry.url=" + cluster.registryUrl(),
				"--dialtone.producer.topic=test.identity-events.replicated-" + suffix,
				"--dialtone.producer.scim-users-topic=test.scim-users.replicated-" + suffix,
				"--dialtone.producer.employee-sources-topic=test.employee-sources.replicated-" + suffix,
				"--dialtone.producer.event-ids-topic=test.event-ids.replicated-" + suffix)) {

			Map<String, KafkaTemplate> templates = producer.getBeansOfType(KafkaTemplate.class);
			assertThat(templates).isNotEmpty();
			templates.forEach((name, template) -> {
				Map<String, Object> config = template.getProducerFactory().getConfigurationProperties();
				assertThat(String.valueOf(config.get(ProducerConfig.ACKS_CONFIG))).as("acks of %s", name)
					.isEqualTo("all");
				assertThat(String.valueOf(config.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)))
					.as("idempotence of %s", name)
					.isEqualTo("true");
			});
			List<String> created = producer.getBeansOfType(NewTopic.class)
				.values()
				.stream()
				.map(NewTopic::name)
				.toList();
			assertThat(created).hasSize(4).allMatch((name) -> name.endsWith("replicated-" + suffix));
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

package dev.dialtone.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class KafkaClusterTests {

	@Test
	void replicatedPlatformIsThreeLoopbackBrokersWithProductionTopicDefaults() throws Exception {
		LocalPlatform platform = LocalPlatform.replicated();
		try (Admin admin = admin(platform.bootstrapServers())) {
			assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(3)
				.extracting(Node::host)
				.containsOnly("127.0.0.1");

			// no replication factor in the request: the broker's default decides
			admin.createTopics(List.of(new NewTopic("cluster-defaults", Optional.of(6), Optional.empty())))
				.all()
				.get(30, TimeUnit.SECONDS);

			// asked at once, the broker that answers may not have applied the topic yet
			TopicLayouts.TopicLayout topic = TopicLayouts
				.describe(admin, List.of("cluster-defaults"), Duration.ofSeconds(60))
				.get("cluster-defaults");
			assertThat(topic.partitions()).isEqualTo(6);
			assertThat(topic.fewestReplicas()).isEqualTo(3);
			assertThat(topic.setting(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG)).isEqualTo("2");
		}
		assertThat(platform.cluster()).get().extracting(KafkaCluster::size).isEqualTo(3);
		assertThat(LocalPlatform.shared().cluster()).as("the single-broker platform stays the default").isEmpty();
	}

	@Test
	void writesWithAcksAllSurviveOneBrokerDown() throws Exception {
		try (KafkaCluster cluster = KafkaCluster.start(3)) {
			try (Admin admin = admin(cluster.bootstrapServers())) {
				admin.createTopics(List.of(new NewTopic("one-down", Optional.of(3), Optional.empty())))
					.all()
					.get(30, TimeUnit.SECONDS);
			}
			try (KafkaProducer<String, String> producer = producer(cluster.bootstrapServers())) {
				producer.send(new ProducerRecord<>("one-down", "E1", "before")).get(30, TimeUnit.SECONDS);

				cluster.node(2).stop();
				RecordMetadata written = producer.send(new ProducerRecord<>("one-down", "E1", "during"))
					.get(60, TimeUnit.SECONDS);
				assertThat(written.offset()).isEqualTo(1);

				cluster.node(2).startAgain();
				try (Admin admin = admin(cluster.bootstrapServers())) {
					await().atMost(Duration.ofSeconds(60))
						.until(() -> admin.describeTopics(List.of("one-down"))
							.allTopicNames()
							.get(10, TimeUnit.SECONDS)
							.get("one-down")
							.partitions()
							.stream()
							.allMatch((partition) -> partition.isr().size() == 3));
				}
			}
		}
	}

	private static Admin admin(String bootstrap) {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
	}

	private static KafkaProducer<String, String> producer(String bootstrap) {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60000, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000));
	}

}

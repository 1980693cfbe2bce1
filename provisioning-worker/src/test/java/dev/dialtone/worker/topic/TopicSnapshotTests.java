package dev.dialtone.worker.topic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.platform.LocalPlatform;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading up to a snapshot of the end offsets, against the real broker.
 */
class TopicSnapshotTests {

	static final String TOPIC = "snapshot-tests";

	static final LocalPlatform platform = LocalPlatform.shared();

	@Test
	void readsEveryPartitionFromTheBeginningUpToItsEndAndTellsLaterRecordsApart() {
		String topic = TOPIC + ".all";
		platform.createTopics(topic + ":3");
		send(topic, "a", "b", "c", "d");
		List<String> seen = new ArrayList<>();
		List<String> included = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = consumer(null)) {
			TopicSnapshot<String, String> snapshot = TopicSnapshot.ofTopic(consumer, topic, true);
			send(topic, "late");
			snapshot.read(Duration.ofMillis(500), (records) -> records.forEach((record) -> {
				seen.add(record.value());
				if (snapshot.includes(record)) {
					included.add(record.value());
				}
			}));
			assertThat(snapshot.partitions()).hasSize(3);
		}
		assertThat(included).containsExactlyInAnyOrder("a", "b", "c", "d");
		assertThat(seen).containsAll(included);
	}

	@Test
	void startsAtTheGroupsCommittedPositionUnlessAskedForTheBeginning() {
		String topic = TOPIC + ".group";
		platform.createTopics(topic + ":1");
		send(topic, "old");
		TopicPartition partition = new TopicPartition(topic, 0);
		try (KafkaConsumer<String, String> consumer = consumer("snapshot-group")) {
			consumer.assign(List.of(partition));
			consumer.commitSync(Map.of(partition, new OffsetAndMetadata(1)));
		}
		send(topic, "new");
		List<String> read = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = consumer("snapshot-group")) {
			TopicSnapshot.of(consumer, List.of(partition), false)
				.read(Duration.ofMillis(500), (records) -> records.forEach((record) -> read.add(record.value())));
		}
		assertThat(read).containsExactly("new");
	}

	@Test
	void readingAnEmptyTopicEndsAtOnce() {
		String topic = TOPIC + ".empty";
		platform.createTopics(topic + ":2");
		List<ConsumerRecord<String, String>> read = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = consumer(null)) {
			TopicSnapshot.<String, String>ofTopic(consumer, topic, true)
				.read(Duration.ofMillis(500), (records) -> records.forEach(read::add));
		}
		assertThat(read).isEmpty();
	}

	private static void send(String topic, String... values) {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers()), new StringSerializer(),
				new StringSerializer())) {
			for (String value : values) {
				producer.send(new ProducerRecord<>(topic, value, value));
			}
		}
	}

	private static KafkaConsumer<String, String> consumer(String group) {
		Map<String, Object> config = new HashMap<>();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers());
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		if (group != null) {
			config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
		}
		return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
	}

}

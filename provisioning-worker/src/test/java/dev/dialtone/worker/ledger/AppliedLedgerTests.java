package dev.dialtone.worker.ledger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.dialtone.platform.LocalPlatform;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applied ledger against the real broker: what one instance records, another loads
 * after a rebalance.
 */
class AppliedLedgerTests {

	static final String TOPIC = "ledger-tests.ledger";

	@Test
	void theZoomUserIdOfTheLastOutcomeIsDurableAndLegacyEntriesStillLoad() {
		LocalPlatform platform = LocalPlatform.shared();
		platform.createTopics(TOPIC + ":2");
		DefaultKafkaProducerFactory<String, byte[]> producers = new DefaultKafkaProducerFactory<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers()), new StringSerializer(),
				new ByteArraySerializer());
		KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(producers);
		try {
			AppliedLedger writer = new AppliedLedger(kafka, TOPIC);
			writer.remember("E1", "u_e1");
			writer.markApplied(new ConsumerRecord<>("identity", 1, 10, "E1", new Object())).join();
			kafka.send(new ProducerRecord<>(TOPIC, 1, "E2", "4".getBytes(StandardCharsets.UTF_8))).join();

			AppliedLedger reader = new AppliedLedger(kafka, TOPIC);
			try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
					Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers()),
					new StringDeserializer(), new ByteArrayDeserializer())) {
				reader.load(consumer, List.of(new TopicPartition("identity", 1)));
			}

			assertThat(reader.zoomUserId("E1")).contains("u_e1");
			assertThat(reader.alreadyApplied(new ConsumerRecord<>("identity", 1, 10, "E1", new Object()))).isTrue();
			assertThat(reader.alreadyApplied(new ConsumerRecord<>("identity", 1, 11, "E1", new Object()))).isFalse();
			assertThat(reader.zoomUserId("E2")).isEmpty();
			assertThat(reader.alreadyApplied(new ConsumerRecord<>("identity", 1, 4, "E2", new Object()))).isTrue();
		}
		finally {
			producers.destroy();
		}
	}

}

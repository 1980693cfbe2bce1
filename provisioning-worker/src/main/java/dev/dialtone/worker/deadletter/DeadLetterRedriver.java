package dev.dialtone.worker.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import dev.dialtone.worker.topic.TopicSnapshot;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Re-publishes dead-lettered records, byte for byte with their key, to the topic they
 * came from (after a fix: a worker that knows the new event type, a repaired schema).
 * Reads the DLT in its own consumer group up to the end offsets seen at the start, so a
 * record that fails again lands behind the snapshot and is not looped.
 */
public final class DeadLetterRedriver {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterRedriver.class);

	private final ConsumerFactory<?, ?> consumers;

	private final KafkaOperations<String, byte[]> bytes;

	private final String dltTopic;

	private final String fallbackTopic;

	private final String groupId;

	DeadLetterRedriver(ConsumerFactory<?, ?> consumers, KafkaOperations<String, byte[]> bytes, String dltTopic,
			String fallbackTopic, String groupId) {
		this.consumers = consumers;
		this.bytes = bytes;
		this.dltTopic = dltTopic;
		this.fallbackTopic = fallbackTopic;
		this.groupId = groupId;
	}

	/**
	 * @return how many records were re-published
	 */
	public synchronized int redrive() {
		Properties overrides = new Properties();
		overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (Consumer<?, ?> consumer = this.consumers.createConsumer(this.groupId, null, "-redrive", overrides)) {
			TopicSnapshot<?, ?> snapshot = TopicSnapshot.ofTopic(consumer, this.dltTopic, false);
			AtomicInteger count = new AtomicInteger();
			snapshot.read(Duration.ofSeconds(1), (records) -> {
				for (ConsumerRecord<?, ?> record : records) {
					if (snapshot.includes(record)) {
						resend(record).join();
						count.incrementAndGet();
					}
				}
				consumer.commitSync(positions(consumer, snapshot.partitions()));
			});
			log.info("Re-drove {} dead-lettered records from {}", count.get(), this.dltTopic);
			return count.get();
		}
	}

	private CompletableFuture<?> resend(ConsumerRecord<?, ?> record) {
		Header origin = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC);
		String topic = (origin != null) ? new String(origin.value(), StandardCharsets.UTF_8) : this.fallbackTopic;
		String key = (record.key() != null) ? record.key().toString() : null;
		return this.bytes.send(new ProducerRecord<>(topic, key, (byte[]) record.value()));
	}

	private static Map<TopicPartition, OffsetAndMetadata> positions(Consumer<?, ?> consumer,
			List<TopicPartition> partitions) {
		return partitions.stream()
			.collect(Collectors.toMap((tp) -> tp, (tp) -> new OffsetAndMetadata(consumer.position(tp))));
	}

}

package dev.dialtone.worker.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaOperations;

/**
 * "Already applied?" first, "record applied" last: the identity offset of the last event applied for each employee,
 * kept in a compacted topic co-partitioned with the identity topic (ledger partition = identity partition). A replay
 * of the identity topic, or a batch redelivered after a crash, then skips what was already applied instead of
 * re-running history (a replayed TERMINATE → REHIRE would otherwise hand the person a different number). The handlers
 * stay convergent regardless; the ledger only removes the need to re-execute.
 */
public final class AppliedLedger {

	private static final Logger log = LoggerFactory.getLogger(AppliedLedger.class);

	private final Map<String, Long> lastApplied = new ConcurrentHashMap<>();

	private final KafkaOperations<String, byte[]> kafka;

	private final String topic;

	public AppliedLedger(KafkaOperations<String, byte[]> kafka, String topic) {
		this.kafka = kafka;
		this.topic = topic;
	}

	public boolean alreadyApplied(ConsumerRecord<String, ?> record) {
		Long last = (record.key() != null) ? this.lastApplied.get(record.key()) : null;
		return last != null && record.offset() <= last;
	}

	/** @return completes when the ledger entry is durable */
	public CompletableFuture<?> markApplied(ConsumerRecord<String, ?> record) {
		if (record.key() == null) {
			return CompletableFuture.completedFuture(null);
		}
		this.lastApplied.merge(record.key(), record.offset(), Math::max);
		byte[] offset = Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8);
		return this.kafka.send(new ProducerRecord<>(this.topic, record.partition(), record.key(), offset));
	}

	/**
	 * Loads the ledger partitions matching newly assigned identity partitions (before their records are processed).
	 * @param reader a consumer for reading the ledger topic (assign/seek only; never commits)
	 * @param identityPartitions the partitions just assigned
	 */
	public void load(Consumer<String, byte[]> reader, Collection<TopicPartition> identityPartitions) {
		List<TopicPartition> partitions = identityPartitions.stream()
			.map((tp) -> new TopicPartition(this.topic, tp.partition()))
			.toList();
		if (partitions.isEmpty()) {
			return;
		}
		reader.assign(partitions);
		reader.seekToBeginning(partitions);
		Map<TopicPartition, Long> end = reader.endOffsets(partitions);
		int entries = 0;
		while (partitions.stream().anyMatch((tp) -> reader.position(tp) < end.get(tp))) {
			for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(500))) {
				if (record.key() != null && record.value() != null) {
					long offset = Long.parseLong(new String(record.value(), StandardCharsets.UTF_8));
					this.lastApplied.merge(record.key(), offset, Math::max);
					entries++;
				}
			}
		}
		log.info("Loaded {} applied-ledger entries for {} partitions", entries, partitions.size());
	}

	/** Forgets everything (a test resets the ledger to prove the handlers converge on their own). */
	public void clear() {
		this.lastApplied.clear();
	}

}

package dev.dialtone.worker.topic;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads partitions up to the end offsets they had when the snapshot was taken: what the
 * applied ledger, the deferral scheduler and the dead-letter re-drive each need, so a
 * topic that keeps growing is never read forever.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class TopicSnapshot<K, V> {

	private final Consumer<K, V> consumer;

	private final List<TopicPartition> partitions;

	private final Map<TopicPartition, Long> end;

	private TopicSnapshot(Consumer<K, V> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> end) {
		this.consumer = consumer;
		this.partitions = partitions;
		this.end = end;
	}

	/**
	 * Assigns the partitions to the consumer and notes their end offsets.
	 * @param fromBeginning read from the start of each partition; otherwise from the
	 * consumer group's position
	 */
	public static <K, V> TopicSnapshot<K, V> of(Consumer<K, V> consumer, List<TopicPartition> partitions,
			boolean fromBeginning) {
		consumer.assign(partitions);
		if (fromBeginning) {
			consumer.seekToBeginning(partitions);
		}
		return new TopicSnapshot<>(consumer, partitions, consumer.endOffsets(partitions));
	}

	/** {@link #of} for every partition of the topic. */
	public static <K, V> TopicSnapshot<K, V> ofTopic(Consumer<K, V> consumer, String topic, boolean fromBeginning) {
		List<TopicPartition> partitions = consumer.partitionsFor(topic)
			.stream()
			.map((info) -> new TopicPartition(info.topic(), info.partition()))
			.toList();
		return of(consumer, partitions, fromBeginning);
	}

	/**
	 * Polls until every partition's position reached its snapshot end. A poll may also
	 * return records written after the snapshot was taken; {@link #includes} tells them
	 * apart.
	 * @param pollTimeout timeout of each poll
	 * @param batch receives each poll's records
	 */
	public void read(Duration pollTimeout, BatchHandler<K, V> batch) {
		while (this.partitions.stream().anyMatch((tp) -> this.consumer.position(tp) < this.end.get(tp))) {
			batch.accept(this.consumer.poll(pollTimeout));
		}
	}

	/**
	 * @return whether the record was in its partition when the snapshot was taken
	 */
	public boolean includes(ConsumerRecord<?, ?> record) {
		Long last = this.end.get(new TopicPartition(record.topic(), record.partition()));
		return last != null && record.offset() < last;
	}

	/**
	 * @return the snapshot's partitions
	 */
	public List<TopicPartition> partitions() {
		return this.partitions;
	}

	/** Receives each polled batch of a snapshot. */
	@FunctionalInterface
	public interface BatchHandler<K, V> {

		void accept(ConsumerRecords<K, V> records);

	}

}

package dev.dialtone.auditor.spike;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;

/**
 * Thin transport adapter over the observations topic, in a consumer group of its own
 * ({@code <group>-spikes}): every domain's (and the account's) observations reach the one
 * instance owning their partition, whichever instance judged the outcome. A batch runs in
 * the container's Kafka transaction, so an incident raised from it commits with the
 * offsets of the observations that raised it. On assignment the windows are rebuilt by
 * re-reading ({@link SpikeReplay}); records before the group's committed position are
 * replayed (windows only), the rest are live.
 */
class SpikeListener implements ConsumerSeekAware {

	private static final Logger log = LoggerFactory.getLogger(SpikeListener.class);

	private final SpikeWatch watch;

	private final SpikeOwnership ownership;

	private final SpikeReplay replay;

	private final String topic;

	private final String group;

	/** Per assigned partition, the first offset not judged by an earlier owner. */
	private final Map<TopicPartition, Long> liveFrom = new ConcurrentHashMap<>();

	SpikeListener(SpikeWatch watch, SpikeOwnership ownership, SpikeReplay replay, String topic, String group) {
		this.watch = watch;
		this.ownership = ownership;
		this.replay = replay;
		this.topic = topic;
		this.group = group;
	}

	/** The observations topic as configured, for {@code #{__listener.topic}}. */
	public String getTopic() {
		return this.topic;
	}

	/** The listener's own group, for {@code #{__listener.group}}. */
	public String getGroup() {
		return this.group;
	}

	@KafkaListener(id = "auditor-spikes", topics = "#{__listener.topic}", groupId = "#{__listener.group}",
			batch = "true",
			properties = { "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer" })
	void onObservations(List<ConsumerRecord<String, byte[]>> records) {
		for (ConsumerRecord<String, byte[]> record : records) {
			if (record.key() == null || record.value() == null) {
				continue;
			}
			SpikeDetector.Observation observation;
			try {
				observation = SpikeFeed.decode(record.value());
			}
			catch (RuntimeException ex) {
				log.warn("Spike observation {}-{}@{} unreadable, skipped: {}", record.topic(), record.partition(),
						record.offset(), ex.getMessage());
				continue;
			}
			long live = this.liveFrom.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L);
			this.watch.observe(record.key(), observation, record.offset() >= live);
		}
	}

	@Override
	public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
		if (assignments.isEmpty()) {
			return;
		}
		this.ownership.assigned(assignments.keySet(), this.replay.partitionCount());
		this.watch.forget(assignments.keySet().stream().map(TopicPartition::partition).toList());
		this.liveFrom.putAll(assignments);
		this.replay.seeks(assignments, this.ownership.partitionOf(SpikeDetector.ALL))
			.forEach((tp, offset) -> callback.seek(tp.topic(), tp.partition(), offset));
	}

	@Override
	public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
		this.watch.forget(partitions.stream().map(TopicPartition::partition).toList());
		this.ownership.revoked(partitions);
		partitions.forEach(this.liveFrom::remove);
	}

}

package dev.dialtone.contracts.topics;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * How a service creates the catalogue's topics it writes when they are missing. Nothing
 * is forced: without a configured replication factor the request leaves it to the
 * broker's {@code default.replication.factor}, and without a configured
 * {@code min.insync.replicas} the topic inherits the broker's. An existing topic is never
 * changed.
 *
 * @param replicationFactor replicas per partition, or {@code null} for the broker's
 * default
 * @param minInsyncReplicas {@code min.insync.replicas} of each created topic, or
 * {@code null} for the broker's default
 */
public record TopicCreation(Short replicationFactor, Integer minInsyncReplicas) {

	public TopicCreation {
		if (replicationFactor != null && replicationFactor < 1) {
			throw new IllegalArgumentException("replicationFactor must be at least 1, was " + replicationFactor);
		}
		if (minInsyncReplicas != null && minInsyncReplicas < 1) {
			throw new IllegalArgumentException("minInsyncReplicas must be at least 1, was " + minInsyncReplicas);
		}
	}

	/** Everything from the broker's defaults. */
	public static TopicCreation brokerDefaults() {
		return new TopicCreation(null, null);
	}

	/** The creation request for a catalogue topic under its configured name. */
	public NewTopic newTopic(DialtoneTopic topic, String name) {
		return newTopic(topic, name, topic.defaultPartitions());
	}

	/**
	 * The creation request for a catalogue topic under its configured name and partition
	 * count.
	 */
	public NewTopic newTopic(DialtoneTopic topic, String name, int partitions) {
		if (partitions < 1) {
			throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
		}
		Map<String, String> configs = new HashMap<>();
		configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, topic.cleanup().policy());
		if (this.minInsyncReplicas != null) {
			configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(this.minInsyncReplicas));
		}
		return new NewTopic(name, Optional.of(partitions), Optional.ofNullable(this.replicationFactor))
			.configs(configs);
	}

}

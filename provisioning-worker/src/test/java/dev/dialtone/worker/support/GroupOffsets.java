package dev.dialtone.worker.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.dialtone.platform.LocalPlatform;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads and rewinds a consumer group's committed offsets (the group must have no active
 * members to rewind).
 */
public final class GroupOffsets implements AutoCloseable {

	private final Admin admin = Admin
		.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPlatform.shared().bootstrapServers()));

	/**
	 * @return whether the group has committed the end offset of every partition of the
	 * topic
	 */
	public boolean caughtUp(String group, String topic) throws Exception {
		Map<TopicPartition, OffsetAndMetadata> committed = this.admin.listConsumerGroupOffsets(group)
			.partitionsToOffsetAndMetadata()
			.get();
		return ends(topic).entrySet()
			.stream()
			.allMatch((end) -> end.getValue() == 0
					|| (committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue()));
	}

	public void rewind(String group, String topic) throws Exception {
		Map<TopicPartition, OffsetAndMetadata> start = ends(topic).keySet()
			.stream()
			.collect(Collectors.toMap((tp) -> tp, (tp) -> new OffsetAndMetadata(0)));
		this.admin.alterConsumerGroupOffsets(group, start).all().get();
	}

	private Map<TopicPartition, Long> ends(String topic) throws Exception {
		int partitions = this.admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
		Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
		for (int p = 0; p < partitions; p++) {
			latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
		}
		return this.admin.listOffsets(latest)
			.all()
			.get()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().offset()));
	}

	@Override
	public void close() {
		this.admin.close();
	}

}

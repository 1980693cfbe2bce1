package dev.dialtone.worker.ratelimit;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;

/**
 * Which identity-topic partitions this instance owns right now (all consumer threads
 * together), and how many the topic has.
 */
public final class PartitionOwnership {

	private final String topic;

	private final Set<Integer> owned = ConcurrentHashMap.newKeySet();

	private volatile int total;

	PartitionOwnership(String topic, int configuredTotal) {
		this.topic = topic;
		this.total = configuredTotal;
	}

	void assigned(Collection<TopicPartition> partitions) {
		partitions.stream()
			.filter((tp) -> tp.topic().equals(this.topic))
			.forEach((tp) -> this.owned.add(tp.partition()));
	}

	void revoked(Collection<TopicPartition> partitions) {
		partitions.stream()
			.filter((tp) -> tp.topic().equals(this.topic))
			.forEach((tp) -> this.owned.remove(tp.partition()));
	}

	void total(int partitions) {
		if (partitions > 0) {
			this.total = partitions;
		}
	}

	/**
	 * @return owned / total, the fraction of the account budget this instance may spend
	 */
	public double share() {
		return Math.min(1.0, (double) this.owned.size() / this.total);
	}

	/**
	 * @return the identity partitions this instance owns now (a copy)
	 */
	public Set<Integer> owned() {
		return Set.copyOf(this.owned);
	}

	/**
	 * @return the identity topic's partition count
	 */
	public int total() {
		return this.total;
	}

	public int ownedCount() {
		return this.owned.size();
	}

	/**
	 * @param key a record key
	 * @return whether the default partitioner puts the key on a partition this instance
	 * owns
	 */
	public boolean owns(String key) {
		int partition = Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % this.total;
		return this.owned.contains(partition);
	}

}

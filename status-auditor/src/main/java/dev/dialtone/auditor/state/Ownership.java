package dev.dialtone.auditor.state;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;

/**
 * Which employees this instance acts for on its own initiative (re-checks, SLA,
 * deadlines, domain release): those whose outcome partition the group assigned to us.
 * Same murmur2 placement as the producer's default partitioner, so several auditor
 * instances never re-check or re-drive the same person twice.
 */
public class Ownership {

	private final Set<Integer> assigned = new HashSet<>();

	private int partitionCount;

	public synchronized void assigned(Collection<TopicPartition> partitions, int partitionCount) {
		this.partitionCount = partitionCount;
		partitions.forEach((tp) -> this.assigned.add(tp.partition()));
	}

	public synchronized void revoked(Collection<TopicPartition> partitions) {
		partitions.forEach((tp) -> this.assigned.remove(tp.partition()));
	}

	public synchronized boolean owns(String employeeId) {
		if (this.partitionCount == 0) {
			return false;
		}
		return this.assigned.contains(partitionOf(employeeId, this.partitionCount));
	}

	public static int partitionOf(String key, int partitions) {
		return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
	}

}

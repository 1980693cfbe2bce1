package dev.dialtone.auditor.spike;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import dev.dialtone.auditor.state.Ownership;
import org.apache.kafka.common.TopicPartition;

/**
 * Which incident scopes this instance is the authority for: those whose key's partition
 * of the observations topic the spike group assigned to it (a domain's key is the domain,
 * the account's {@link SpikeDetector#ALL}, the destructive cap's its scope). Only that
 * instance raises a domain's incident from its window and closes the scope's incidents,
 * so two instances never raise or close one twice.
 */
class SpikeOwnership {

	private final Set<Integer> assigned = new HashSet<>();

	private final boolean everything;

	private int partitionCount;

	private SpikeOwnership(boolean everything) {
		this.everything = everything;
	}

	/** Ownership following the spike group's assignments. */
	static SpikeOwnership byAssignment() {
		return new SpikeOwnership(false);
	}

	/** A lone instance judging every scope (tests of the watch without Kafka). */
	static SpikeOwnership everything() {
		return new SpikeOwnership(true);
	}

	synchronized void assigned(Collection<TopicPartition> partitions, int partitionCount) {
		this.partitionCount = partitionCount;
		partitions.forEach((tp) -> this.assigned.add(tp.partition()));
	}

	synchronized void revoked(Collection<TopicPartition> partitions) {
		partitions.forEach((tp) -> this.assigned.remove(tp.partition()));
	}

	synchronized boolean owns(String scope) {
		if (this.everything) {
			return true;
		}
		return this.partitionCount > 0 && this.assigned.contains(partitionOf(scope));
	}

	/** The partition a scope's observations (and authority) live in. */
	synchronized int partitionOf(String scope) {
		return Ownership.partitionOf(scope, this.partitionCount);
	}

	synchronized int partitionCount() {
		return this.partitionCount;
	}

}

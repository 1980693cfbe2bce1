package dev.dialtone.worker.ratelimit;

import java.util.Collection;
import java.util.List;

import dev.dialtone.zoom.client.ratelimit.RateBudget;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this instance's share of the one Zoom account budget equal to the workers' part
 * of it (what the auditor does not spend) times the fraction of identity partitions it
 * owns, so N instances and the auditor together stay within the account's limits.
 * Recomputed on every rebalance; the client's limiter adapts further down on 429s and low
 * X-RateLimit-Remaining (AIMD).
 */
public final class BudgetShare {

	private static final Logger log = LoggerFactory.getLogger(BudgetShare.class);

	/**
	 * A share of zero would block every call; an instance between assignments keeps a
	 * sliver.
	 */
	private static final double MIN_SHARE = 0.01;

	private final PartitionOwnership ownership;

	private final RateBudget budget;

	private final String topic;

	private final double workersShare;

	/**
	 * @param workersShare the part of the account budget all workers together spend
	 */
	BudgetShare(PartitionOwnership ownership, RateBudget budget, String topic, double workersShare) {
		this.ownership = ownership;
		this.budget = budget;
		this.topic = topic;
		this.workersShare = workersShare;
	}

	/**
	 * @param consumer the consumer the partitions were assigned to (asked for the
	 * identity topic's partition count)
	 */
	public void assigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		List<PartitionInfo> infos = consumer.partitionsFor(this.topic);
		if (infos != null) {
			this.ownership.total(infos.size());
		}
		this.ownership.assigned(partitions);
		apply();
	}

	/** Partitions revoked or lost. */
	public void revoked(Collection<TopicPartition> partitions) {
		this.ownership.revoked(partitions);
		apply();
	}

	private void apply() {
		double share = Math.max(MIN_SHARE, this.workersShare * this.ownership.share());
		this.budget.setShare(share);
		log.info("Owning {} identity partitions: Zoom budget share {}", this.ownership.ownedCount(),
				String.format("%.3f", share));
	}

}

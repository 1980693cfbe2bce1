package dev.dialtone.worker.intake;

import java.util.Collection;

import dev.dialtone.worker.ledger.LedgerLoader;
import dev.dialtone.worker.ratelimit.BudgetShare;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/**
 * The identity listener's one rebalance listener (a container takes one), in order:
 * revoked partitions are handed over (their in-flight records finish and are committed),
 * the Zoom budget share follows the partitions owned, and the ledger of newly assigned
 * partitions is loaded before their records arrive.
 */
final class IdentityRebalanceListener implements ConsumerAwareRebalanceListener {

	private final OffsetCommitter committer;

	private final BudgetShare share;

	private final LedgerLoader ledger;

	IdentityRebalanceListener(OffsetCommitter committer, BudgetShare share, LedgerLoader ledger) {
		this.committer = committer;
		this.share = share;
		this.ledger = ledger;
	}

	@Override
	public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		this.committer.handOver(consumer, partitions);
	}

	@Override
	public void onPartitionsRevokedAfterCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		this.share.revoked(partitions);
	}

	@Override
	public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		this.committer.lost(consumer, partitions);
		this.share.revoked(partitions);
	}

	@Override
	public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		this.share.assigned(consumer, partitions);
		this.ledger.load(partitions);
	}

}

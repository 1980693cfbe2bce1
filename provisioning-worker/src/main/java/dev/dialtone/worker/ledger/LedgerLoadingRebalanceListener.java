package dev.dialtone.worker.ledger;

import java.util.Collection;
import java.util.Properties;

import dev.dialtone.worker.intake.OffsetCommitter;
import dev.dialtone.worker.ratelimit.BudgetShareRebalanceListener;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/**
 * On every rebalance: hand revoked partitions over cleanly (their in-flight records
 * finish and are committed), recompute the Zoom budget share, and load the applied-ledger
 * entries of newly assigned partitions before any of their records reach the listener.
 */
public final class LedgerLoadingRebalanceListener implements ConsumerAwareRebalanceListener {

	private final BudgetShareRebalanceListener share;

	private final AppliedLedger ledger;

	private final ConsumerFactory<?, ?> consumers;

	private final String identityTopic;

	private final OffsetCommitter committer;

	public LedgerLoadingRebalanceListener(BudgetShareRebalanceListener share, AppliedLedger ledger,
			ConsumerFactory<?, ?> consumers, String identityTopic, OffsetCommitter committer) {
		this.share = share;
		this.ledger = ledger;
		this.consumers = consumers;
		this.identityTopic = identityTopic;
		this.committer = committer;
	}

	/**
	 * Records of revoked partitions still in the lanes finish and are committed before
	 * the new owner starts.
	 */
	@Override
	public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		this.committer.handOver(consumer, partitions);
	}

	@Override
	@SuppressWarnings("unchecked")
	public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		this.share.onPartitionsAssigned(consumer, partitions);
		Collection<TopicPartition> identity = partitions.stream()
			.filter((tp) -> tp.topic().equals(this.identityTopic))
			.toList();
		if (identity.isEmpty()) {
			return;
		}
		Properties overrides = new Properties();
		overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		try (Consumer<String, byte[]> reader = (Consumer<String, byte[]>) this.consumers.createConsumer(null, null,
				"-ledger", overrides)) {
			this.ledger.load(reader, identity);
		}
	}

	@Override
	public void onPartitionsRevokedAfterCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		this.share.onPartitionsRevokedAfterCommit(consumer, partitions);
	}

	@Override
	public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		this.committer.lost(consumer, partitions);
		this.share.onPartitionsLost(consumer, partitions);
	}

}

package dev.dialtone.worker.intake;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Which records are still in the lanes, per partition. A partition's committable offset
 * is the end of its completed prefix: a record finished out of order (another lane was
 * faster) is committed only once everything before it in its partition is done too, so a
 * crash can redeliver but never skip a record.
 */
final class OffsetTracker {

	private final Map<TopicPartition, ConcurrentSkipListMap<Long, CompletableFuture<?>>> pending = new ConcurrentHashMap<>();

	private final AtomicInteger size = new AtomicInteger();

	void track(TopicPartition partition, long offset, CompletableFuture<?> done) {
		this.pending.computeIfAbsent(partition, (tp) -> new ConcurrentSkipListMap<>()).put(offset, done);
		this.size.incrementAndGet();
	}

	/**
	 * @return records tracked and not yet committable
	 */
	int size() {
		return this.size.get();
	}

	/**
	 * @return the partition's records tracked and not yet committable
	 */
	int size(TopicPartition partition) {
		ConcurrentSkipListMap<Long, CompletableFuture<?>> records = this.pending.get(partition);
		return (records != null) ? records.size() : 0;
	}

	/**
	 * Removes every partition's completed prefix.
	 * @return the offsets to commit, and the first failed record per partition (to be
	 * redelivered)
	 */
	Progress drainCompleted() {
		Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
		Map<TopicPartition, Long> failed = new HashMap<>();
		this.pending.forEach((partition, records) -> {
			Map.Entry<Long, CompletableFuture<?>> head;
			while ((head = records.firstEntry()) != null && head.getValue().isDone()) {
				if (head.getValue().isCompletedExceptionally()) {
					failed.put(partition, head.getKey());
					this.size.addAndGet(-records.size());
					records.clear();
					break;
				}
				records.remove(head.getKey());
				this.size.decrementAndGet();
				commits.put(partition, new OffsetAndMetadata(head.getKey() + 1));
			}
		});
		return new Progress(commits, failed);
	}

	/**
	 * Blocks until every tracked record of the partitions has finished (before they are
	 * handed to someone else).
	 */
	void awaitAll(Collection<TopicPartition> partitions, Duration timeout) {
		await(CompletableFuture.allOf(partitions.stream()
			.map(this.pending::get)
			.filter((records) -> records != null)
			.flatMap((records) -> records.values().stream())
			.toArray(CompletableFuture[]::new)), timeout);
	}

	private static void await(CompletableFuture<?> done, Duration timeout) {
		try {
			done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			// failures are found by drainCompleted; a timeout leaves records uncommitted,
			// to be redelivered
		}
	}

	/**
	 * Forgets the partitions (revoked): their uncommitted records will be redelivered to
	 * the new owner.
	 */
	void forget(Collection<TopicPartition> partitions) {
		partitions.forEach((partition) -> {
			ConcurrentSkipListMap<Long, CompletableFuture<?>> records = this.pending.remove(partition);
			if (records != null) {
				this.size.addAndGet(-records.size());
			}
		});
	}

	/**
	 * @param commits offsets to commit
	 * @param failed first failed offset per partition
	 */
	record Progress(Map<TopicPartition, OffsetAndMetadata> commits, Map<TopicPartition, Long> failed) {
	}

}

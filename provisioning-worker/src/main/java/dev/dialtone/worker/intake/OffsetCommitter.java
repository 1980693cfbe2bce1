package dev.dialtone.worker.intake;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits what the lanes finished. The listener does not wait for its batch: the next
 * poll overlaps the lanes' work, so one slow employee (retrying with back-off) no longer
 * idles the other lanes. Offsets are committed per partition up to the completed prefix,
 * always on the consumer thread (from the listener, the container's idle event and the
 * rebalance callback), one tracker per consumer.
 */
final class OffsetCommitter {

	private static final Logger log = LoggerFactory.getLogger(OffsetCommitter.class);

	private final Map<Consumer<?, ?>, OffsetTracker> trackers = new ConcurrentHashMap<>();

	private final int maxInFlight;

	private final Duration handOverTimeout;

	/** Partitions this committer paused for back-pressure, per consumer. */
	private final Map<Consumer<?, ?>, Set<TopicPartition>> paused = new ConcurrentHashMap<>();

	/**
	 * @param handOverTimeout how long a revocation waits for the revoked partitions'
	 * records in the lanes
	 */
	OffsetCommitter(int maxInFlight, Duration handOverTimeout) {
		this.maxInFlight = maxInFlight;
		this.handOverTimeout = handOverTimeout;
	}

	OffsetTracker tracker(Consumer<?, ?> consumer) {
		return this.trackers.computeIfAbsent(consumer, (c) -> new OffsetTracker());
	}

	/**
	 * Commits finished prefixes; rewinds a partition whose record failed so it is
	 * redelivered.
	 */
	void commitCompleted(Consumer<?, ?> consumer) {
		OffsetTracker.Progress progress = tracker(consumer).drainCompleted();
		if (!progress.commits().isEmpty()) {
			consumer.commitAsync(progress.commits(), (offsets, ex) -> {
				if (ex != null) {
					// a later commit covers these offsets; at worst a crash redelivers
					// them
					log.debug("Offset commit failed: {}", ex.toString());
				}
			});
		}
		rewind(consumer, progress);
		resumeIfDrained(consumer);
	}

	/**
	 * Back-pressure, per partition: while more than the in-flight limit is unfinished,
	 * each partition holding more than its part of the limit (the limit divided among the
	 * partitions owned) is paused, rather than holding the consumer's thread; it resumes
	 * once it holds at most half its part, or everything is down to half the limit. The
	 * container keeps polling, so the consumer still joins a rebalance at once (a thread
	 * held here used to keep the whole group waiting for it). Why not pause the whole
	 * assignment: lifted with one poll of hundreds of records from one partition, that
	 * served the partitions a few at a time, so a partition taken over from a dead worker
	 * (or any partition) could wait minutes for its turn. Partitions below their part
	 * keep flowing; a single busy partition still gets the whole limit.
	 */
	void throttle(Consumer<?, ?> consumer) {
		OffsetTracker tracker = tracker(consumer);
		if (tracker.size() <= this.maxInFlight) {
			return;
		}
		Set<TopicPartition> assignment = consumer.assignment();
		int part = partOfLimit(assignment.size());
		List<TopicPartition> over = assignment.stream().filter((p) -> tracker.size(p) > part).toList();
		if (!over.isEmpty()) {
			consumer.pause(over);
			this.paused.computeIfAbsent(consumer, (c) -> ConcurrentHashMap.newKeySet()).addAll(over);
		}
	}

	private void resumeIfDrained(Consumer<?, ?> consumer) {
		Set<TopicPartition> mine = this.paused.get(consumer);
		if (mine == null || mine.isEmpty()) {
			return;
		}
		OffsetTracker tracker = tracker(consumer);
		Set<TopicPartition> assignment = consumer.assignment();
		// a partition revoked while paused comes back unpaused
		mine.retainAll(assignment);
		boolean drained = tracker.size() <= this.maxInFlight / 2;
		int part = partOfLimit(assignment.size());
		List<TopicPartition> ready = mine.stream().filter((p) -> drained || tracker.size(p) <= part / 2).toList();
		if (!ready.isEmpty()) {
			consumer.resume(ready);
			ready.forEach(mine::remove);
		}
	}

	private int partOfLimit(int owned) {
		return Math.max(1, this.maxInFlight / Math.max(1, owned));
	}

	/**
	 * Before partitions leave this instance: wait a bounded time for their records,
	 * commit what is done synchronously, forget the rest. A record still in a lane after
	 * the wait is redelivered to the new owner (processing is idempotent: convergent
	 * handlers and the applied ledger), so the rebalance never waits for a slow Zoom.
	 */
	void handOver(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		OffsetTracker tracker = tracker(consumer);
		tracker.awaitAll(partitions, this.handOverTimeout);
		OffsetTracker.Progress progress = tracker.drainCompleted();
		if (!progress.commits().isEmpty()) {
			consumer.commitSync(progress.commits());
		}
		tracker.forget(partitions);
		progress.failed().keySet().removeAll(partitions);
		rewind(consumer, progress);
	}

	/**
	 * Partitions lost without a chance to commit: their records go to the new owner
	 * anyway.
	 */
	void lost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		tracker(consumer).forget(partitions);
	}

	private static void rewind(Consumer<?, ?> consumer, OffsetTracker.Progress progress) {
		progress.failed().forEach((partition, offset) -> {
			log.warn("Record {}@{} failed after processing; rewinding so it is redelivered", partition, offset);
			consumer.seek(partition, offset);
		});
	}

}

package dev.dialtone.worker.intake;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
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

	OffsetCommitter(int maxInFlight) {
		this.maxInFlight = maxInFlight;
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
	}

	/**
	 * Back-pressure: holds the consumer thread (committing as records finish) while too
	 * much is in flight.
	 */
	void throttle(Consumer<?, ?> consumer) {
		OffsetTracker tracker = tracker(consumer);
		while (tracker.size() > this.maxInFlight && !Thread.currentThread().isInterrupted()) {
			tracker.awaitAny(Duration.ofMillis(200));
			commitCompleted(consumer);
		}
	}

	/**
	 * Before partitions leave this instance: finish their records, commit synchronously,
	 * forget them.
	 */
	void handOver(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
		OffsetTracker tracker = tracker(consumer);
		tracker.awaitAll(partitions, Duration.ofMinutes(5));
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

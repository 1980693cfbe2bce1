package dev.dialtone.auditor.detect;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.core.ConsumerFactory;

/**
 * Where the expectations consumer re-reads from when it is assigned partitions (start-up,
 * restart, rebalance): the first record of the last {@code replay}. The awaiting set is
 * memory only, so it is rebuilt by reading again what the group had already committed.
 * Identity partitions only go back (never skip an unread event); outcome partitions may
 * also go forward, so a first start does not load the topic's whole retention as answers.
 */
class ExpectationReplay {

	private final ConsumerFactory<?, ?> consumers;

	private final String outcomesTopic;

	private final Duration replay;

	private final Clock clock;

	ExpectationReplay(ConsumerFactory<?, ?> consumers, String outcomesTopic, Duration replay, Clock clock) {
		this.consumers = consumers;
		this.outcomesTopic = outcomesTopic;
		this.replay = replay;
		this.clock = clock;
	}

	/**
	 * @param positions the assigned partitions and their positions; @return the offsets
	 * to seek to
	 */
	Map<TopicPartition, Long> seeks(Map<TopicPartition, Long> positions) {
		long since = this.clock.millis() - this.replay.toMillis();
		Map<TopicPartition, Long> query = new HashMap<>();
		positions.keySet().forEach((tp) -> query.put(tp, since));
		Map<TopicPartition, Long> seeks = new HashMap<>();
		try (Consumer<?, ?> consumer = this.consumers.createConsumer(null, "-replay")) {
			Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query);
			Map<TopicPartition, Long> ends = consumer.endOffsets(positions.keySet());
			positions.forEach((tp, position) -> {
				OffsetAndTimestamp first = found.get(tp);
				long offset = (first != null) ? first.offset() : ends.get(tp);
				if (offset < position || (this.outcomesTopic.equals(tp.topic()) && offset != position)) {
					seeks.put(tp, offset);
				}
			});
		}
		return seeks;
	}

}

package dev.dialtone.auditor.spike;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.core.ConsumerFactory;

/**
 * Where the spike consumer re-reads from when it is assigned partitions (start-up,
 * restart, rebalance, another instance's death): the first record of the last
 * {@code window} (of the last {@code baselineWindow} on the partition holding the
 * account's key), never after the group's position, so no unjudged observation is
 * skipped. The windows are memory only; this rebuilds them from what the topic already
 * holds.
 */
class SpikeReplay {

	private final ConsumerFactory<?, ?> consumers;

	private final String topic;

	private final Duration window;

	private final Duration accountWindow;

	private final Clock clock;

	SpikeReplay(ConsumerFactory<?, ?> consumers, String topic, Duration window, Duration accountWindow, Clock clock) {
		this.consumers = consumers;
		this.topic = topic;
		this.window = window;
		this.accountWindow = accountWindow;
		this.clock = clock;
	}

	int partitionCount() {
		try (Consumer<?, ?> consumer = this.consumers.createConsumer(null, "-spike-replay")) {
			return consumer.partitionsFor(this.topic).size();
		}
	}

	/**
	 * @param positions the assigned partitions and their positions
	 * @param accountPartition the partition the account's key lives in
	 * @return the offsets to seek to
	 */
	Map<TopicPartition, Long> seeks(Map<TopicPartition, Long> positions, int accountPartition) {
		long now = this.clock.millis();
		Map<TopicPartition, Long> query = new HashMap<>();
		positions.keySet()
			.forEach((tp) -> query.put(tp,
					now - ((tp.partition() == accountPartition) ? this.accountWindow : this.window).toMillis()));
		Map<TopicPartition, Long> seeks = new HashMap<>();
		try (Consumer<?, ?> consumer = this.consumers.createConsumer(null, "-spike-replay")) {
			Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query);
			positions.forEach((tp, position) -> {
				OffsetAndTimestamp first = found.get(tp);
				if (first != null && first.offset() < position) {
					seeks.put(tp, first.offset());
				}
			});
		}
		return seeks;
	}

}

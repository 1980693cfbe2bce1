package dev.dialtone.worker.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.dialtone.platform.LocalPlatform;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committer's back-pressure on a real consumer of the shared broker: over the limit,
 * only the partitions holding more than their part are paused, so the others keep
 * flowing; a paused partition resumes once it holds half its part.
 */
class OffsetCommitterTests {

	private final String topic = "offset-committer-" + System.nanoTime();

	private final TopicPartition p0 = new TopicPartition(this.topic, 0);

	private final TopicPartition p1 = new TopicPartition(this.topic, 1);

	private final KafkaConsumer<String, String> consumer = consumer();

	@AfterEach
	void close() {
		this.consumer.close(Duration.ofSeconds(5));
	}

	@Test
	void overTheLimitOnlyAPartitionOverItsPartIsPausedAndItResumesAtHalfItsPart() {
		// a limit of 8 over two partitions: 4 each
		OffsetCommitter committer = new OffsetCommitter(8, Duration.ofSeconds(1));
		OffsetTracker tracker = committer.tracker(this.consumer);
		List<CompletableFuture<Void>> busy = track(tracker, this.p0, 9);
		track(tracker, this.p1, 3);

		committer.throttle(this.consumer);

		assertThat(this.consumer.paused()).as("12 > 8: the partition over its part only").containsExactly(this.p0);

		busy.subList(0, 6).forEach((f) -> f.complete(null));
		committer.commitCompleted(this.consumer);
		assertThat(tracker.size(this.p0)).isEqualTo(3);
		assertThat(this.consumer.paused()).as("3 left is more than half its part (2), 6 more than half the limit")
			.containsExactly(this.p0);

		busy.get(6).complete(null);
		committer.commitCompleted(this.consumer);
		assertThat(this.consumer.paused()).as("2 left: half its part").isEmpty();
	}

	@Test
	void withinTheLimitNothingIsPausedHoweverUnevenThePartitions() {
		OffsetCommitter committer = new OffsetCommitter(16, Duration.ofSeconds(1));
		OffsetTracker tracker = committer.tracker(this.consumer);
		track(tracker, this.p0, 15);

		committer.throttle(this.consumer);

		assertThat(this.consumer.paused()).isEmpty();
		track(tracker, this.p1, 2);
		committer.throttle(this.consumer);
		assertThat(this.consumer.paused()).as("17 > 16: the partition over its part of 8").containsExactly(this.p0);
	}

	private static List<CompletableFuture<Void>> track(OffsetTracker tracker, TopicPartition partition, int count) {
		List<CompletableFuture<Void>> futures = new ArrayList<>();
		for (int offset = tracker.size(partition); futures.size() < count; offset++) {
			CompletableFuture<Void> done = new CompletableFuture<>();
			tracker.track(partition, offset, done);
			futures.add(done);
		}
		return futures;
	}

	private KafkaConsumer<String, String> consumer() {
		LocalPlatform platform = LocalPlatform.shared();
		platform.createTopics(this.topic + ":2");
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, this.topic, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new StringDeserializer(), new StringDeserializer());
		consumer.assign(List.of(this.p0, this.p1));
		return consumer;
	}

}

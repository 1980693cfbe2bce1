package dev.dialtone.worker.intake;

import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class OffsetTrackerTests {

	private final TopicPartition p0 = new TopicPartition("identity", 0);

	private final TopicPartition p1 = new TopicPartition("identity", 1);

	@Test
	void commitsOnlyTheCompletedPrefixOfEachPartition() {
		OffsetTracker tracker = new OffsetTracker();
		CompletableFuture<Void> first = new CompletableFuture<>();
		tracker.track(this.p0, 10, first);
		tracker.track(this.p0, 11, CompletableFuture.completedFuture(null));
		tracker.track(this.p1, 5, CompletableFuture.completedFuture(null));

		OffsetTracker.Progress progress = tracker.drainCompleted();

		// offset 11 finished before 10: nothing of partition 0 may be committed yet
		assertThat(progress.commits()).containsOnlyKeys(this.p1).containsEntry(this.p1, new OffsetAndMetadata(6));
		assertThat(tracker.size()).isEqualTo(2);

		first.complete(null);
		assertThat(tracker.drainCompleted().commits()).containsEntry(this.p0, new OffsetAndMetadata(12));
		assertThat(tracker.size()).isZero();
	}

	@Test
	void aFailedRecordStopsItsPartitionAndIsReportedForRedelivery() {
		OffsetTracker tracker = new OffsetTracker();
		tracker.track(this.p0, 1, CompletableFuture.completedFuture(null));
		tracker.track(this.p0, 2, CompletableFuture.failedFuture(new IllegalStateException("broker said no")));
		tracker.track(this.p0, 3, CompletableFuture.completedFuture(null));

		OffsetTracker.Progress progress = tracker.drainCompleted();

		assertThat(progress.commits()).containsEntry(this.p0, new OffsetAndMetadata(2));
		assertThat(progress.failed()).containsEntry(this.p0, 2L);
		assertThat(tracker.size()).isZero();
	}

}

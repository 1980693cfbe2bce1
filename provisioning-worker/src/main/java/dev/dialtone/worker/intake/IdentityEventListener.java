package dev.dialtone.worker.intake;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.worker.deadletter.DeadLetterPublisher;
import dev.dialtone.worker.deadletter.MissingScopeDeadLetter;
import dev.dialtone.worker.ledger.AppliedLedger;
import dev.dialtone.worker.outcome.OutcomePublisher;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.event.ListenerContainerIdleEvent;

/**
 * Thin transport adapter: fans each poll's records out to the lanes by key and returns to
 * polling; a record counts as done once its outcome (or dead letter) and its
 * applied-ledger entry are acknowledged by the broker, and offsets are committed up to
 * each partition's completed prefix (at-least-once). A crash redelivers what was not
 * committed: records already in the ledger are skipped, the rest re-run, and the handlers
 * are convergent.
 */
class IdentityEventListener {

	private final Lanes lanes;

	private final EventProcessor processor;

	private final OutcomePublisher outcomes;

	private final DeadLetterPublisher deadLetters;

	private final AppliedLedger ledger;

	private final OffsetCommitter committer;

	private final Settings settings;

	IdentityEventListener(Lanes lanes, EventProcessor processor, OutcomePublisher outcomes,
			DeadLetterPublisher deadLetters, AppliedLedger ledger, OffsetCommitter committer, Settings settings) {
		this.settings = settings;
		this.lanes = lanes;
		this.processor = processor;
		this.outcomes = outcomes;
		this.deadLetters = deadLetters;
		this.ledger = ledger;
		this.committer = committer;
	}

	/** Container id (and client-id prefix), from {@code dialtone.worker.listener-id}. */
	public String getId() {
		return this.settings.id();
	}

	public String getTopic() {
		return this.settings.topic();
	}

	public String getGroupId() {
		return this.settings.groupId();
	}

	public int getConcurrency() {
		return this.settings.concurrency();
	}

	// __listener is this bean: the container takes its settings from the bound
	// WorkerProperties, not from placeholders repeating their defaults
	@KafkaListener(id = "#{__listener.id}", topics = "#{__listener.topic}", groupId = "#{__listener.groupId}",
			concurrency = "#{__listener.concurrency}", batch = "true")
	void onBatch(List<ConsumerRecord<String, IdentityEvent>> records, Consumer<?, ?> consumer) {
		OffsetTracker tracker = this.committer.tracker(consumer);
		for (ConsumerRecord<String, IdentityEvent> record : records) {
			TopicPartition partition = new TopicPartition(record.topic(), record.partition());
			if (this.ledger.alreadyApplied(record)) {
				// a replay or a redelivery: the outcome of this record was published
				// before
				tracker.track(partition, record.offset(), CompletableFuture.completedFuture(null));
				continue;
			}
			tracker.track(partition, record.offset(),
					this.lanes.submit(record.key(), () -> handle(record))
						.thenCompose((sent) -> sent)
						.thenCompose((sent) -> this.ledger.markApplied(record)));
		}
		this.committer.commitCompleted(consumer);
		this.committer.throttle(consumer);
	}

	/**
	 * The container publishes idle events on the consumer thread: commit what finished
	 * while no records came.
	 */
	@EventListener
	void onIdle(ListenerContainerIdleEvent event) {
		if (event.getConsumer() != null) {
			this.committer.commitCompleted(event.getConsumer());
		}
	}

	/**
	 * What the listener container is built from.
	 *
	 * @param id container id
	 * @param topic the identity topic
	 * @param groupId consumer group
	 * @param concurrency consumer threads
	 */
	record Settings(String id, String topic, String groupId, int concurrency) {
	}

	private CompletableFuture<?> handle(ConsumerRecord<String, IdentityEvent> record) {
		if (this.deadLetters.isPoison(record)) {
			this.deadLetters.publish(record, this.deadLetters.deserializationFailure(record));
			return CompletableFuture.completedFuture(null);
		}
		if (record.value() == null) {
			return CompletableFuture.completedFuture(null);
		}
		try {
			ProvisioningOutcome outcome = this.processor.process(record.value());
			if (Thread.currentThread().isInterrupted()) {
				// the lanes are closing (this instance stops after the bounded
				// hand-over):
				// the event did not finish, so no outcome; it stays uncommitted and the
				// partition's next owner processes it
				return CompletableFuture.failedFuture(new CancellationException("lane stopped mid-event"));
			}
			// now, not on the ledger write: the employee's next event may run before this
			// outcome is acknowledged
			this.ledger.remember(record.key(), outcome.getZoomUserId());
			CompletableFuture<?> owner = this.ledger.recordOwner(outcome);
			if (outcome.getFailureCause() == FailureCause.MISSING_SCOPE) {
				// kept for re-drive once the admin has added the scope to the app
				this.deadLetters.publish(record, new MissingScopeDeadLetter(outcome.getFailureReason()));
			}
			return CompletableFuture.allOf(owner, this.outcomes.publish(outcome, record.timestamp()));
		}
		catch (UnknownEventTypeException ex) {
			this.deadLetters.publish(record, ex);
			return CompletableFuture.completedFuture(null);
		}
	}

}

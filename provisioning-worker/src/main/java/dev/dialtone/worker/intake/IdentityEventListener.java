package dev.dialtone.worker.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.worker.deadletter.DeadLetters;
import dev.dialtone.worker.ledger.AppliedLedger;
import dev.dialtone.worker.outcome.OutcomePublisher;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;

/**
 * Thin transport adapter: fans one poll's records out to the lanes by key, waits for the whole batch (outcomes and
 * dead letters acknowledged by the broker, then the applied-ledger entry), then returns so Spring commits the batch. A
 * crash before that redelivers the batch: records already in the ledger are skipped, the rest re-run, and the handlers
 * are convergent, so at-least-once is safe.
 */
class IdentityEventListener {

	private final Lanes lanes;

	private final EventProcessor processor;

	private final OutcomePublisher outcomes;

	private final DeadLetters deadLetters;

	private final AppliedLedger ledger;

	IdentityEventListener(Lanes lanes, EventProcessor processor, OutcomePublisher outcomes, DeadLetters deadLetters,
			AppliedLedger ledger) {
		this.lanes = lanes;
		this.processor = processor;
		this.outcomes = outcomes;
		this.deadLetters = deadLetters;
		this.ledger = ledger;
	}

	@KafkaListener(id = "${dialtone.worker.listener-id:identity-events}", topics = "${dialtone.worker.topics.identity}",
			groupId = "${dialtone.worker.topics.group-id}", batch = "true",
			concurrency = "${dialtone.worker.listener-concurrency:1}")
	void onBatch(List<ConsumerRecord<String, IdentityEvent>> records, Consumer<?, ?> consumer) {
		List<CompletableFuture<?>> pending = new ArrayList<>(records.size());
		for (ConsumerRecord<String, IdentityEvent> record : records) {
			if (this.ledger.alreadyApplied(record)) {
				// a replay or a redelivered batch: the outcome of this record was published before
				continue;
			}
			pending.add(this.lanes.submit(record.key(), () -> handle(record, consumer))
				.thenCompose((sent) -> sent)
				.thenCompose((sent) -> this.ledger.markApplied(record)));
		}
		CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
	}

	private CompletableFuture<?> handle(ConsumerRecord<String, IdentityEvent> record, Consumer<?, ?> consumer) {
		if (this.deadLetters.isPoison(record)) {
			this.deadLetters.publish(record, consumer, this.deadLetters.deserializationFailure(record));
			return CompletableFuture.completedFuture(null);
		}
		if (record.value() == null) {
			return CompletableFuture.completedFuture(null);
		}
		try {
			return this.outcomes.publish(this.processor.process(record.value()));
		}
		catch (UnknownEventTypeException ex) {
			this.deadLetters.publish(record, consumer, ex);
			return CompletableFuture.completedFuture(null);
		}
	}

}

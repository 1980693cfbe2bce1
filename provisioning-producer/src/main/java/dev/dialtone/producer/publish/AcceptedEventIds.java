package dev.dialtone.producer.publish;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.dialtone.producer.sharedlog.SharedLog;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.context.SmartLifecycle;

/**
 * The accepted event ids shared by every producer instance: a topic (key source-scoped
 * event id, value content fingerprint) that each instance writes once an identity event
 * is acknowledged and tails from the start of its retention into its
 * {@link IdempotencyStore}. {@link #catchUp()} reads up to the topic's end as of now, so
 * an id another instance (or this one before a restart) had acknowledged before the
 * request arrived is known when the request is judged.
 */
class AcceptedEventIds implements SmartLifecycle, IdempotencyStore.Shared {

	/** A retry on another instance waits for the tail: a fetch is answered at once. */
	private static final Duration FETCH_MAX_WAIT = Duration.ofMillis(20);

	private final SharedLog log;

	private final IdempotencyStore store;

	private final Duration catchUpLimit;

	AcceptedEventIds(Map<String, Object> clientConfig, NewTopic topic, IdempotencyStore store, Duration catchUpLimit) {
		this.log = new SharedLog("accepted event ids", clientConfig, topic, this::apply, FETCH_MAX_WAIT);
		this.store = store;
		this.catchUpLimit = catchUpLimit;
	}

	@Override
	public CompletableFuture<?> record(String eventId, String fingerprint) {
		return this.log.send(eventId, fingerprint);
	}

	/**
	 * Waits (at most {@code catchUpLimit}) until the tail has read every id written
	 * before this call. Kafka unreachable: returns with what is known; the publish itself
	 * will answer 503.
	 */
	@Override
	public void catchUp() {
		this.log.catchUp(this.catchUpLimit);
	}

	private void apply(ConsumerRecord<String, String> record) {
		if (record.value() != null) {
			// the record's time is when the id was accepted: the window counts from there
			this.store.remember(record.key(), record.value(), record.timestamp());
		}
	}

	@Override
	public void start() {
		this.log.start();
	}

	@Override
	public void stop() {
		this.log.stop();
	}

	@Override
	public boolean isRunning() {
		return this.log.isRunning();
	}

}

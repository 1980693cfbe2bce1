package dev.dialtone.producer.publish;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Event ids the broker has acknowledged, remembered for a window and up to a bound: those
 * this instance acknowledged and those every instance recorded in the shared accepted-ids
 * topic ({@link Shared}, read by {@link AcceptedEventIds}), so a client's retry (same id)
 * is not published twice whichever instance it reaches, before or after a restart.
 */
class IdempotencyStore {

	private final Map<String, Entry> acknowledged = new LinkedHashMap<>();

	private final Duration window;

	private final int maxIds;

	private final Clock clock;

	IdempotencyStore(Duration window, int maxIds, Clock clock) {
		this.window = window;
		this.maxIds = maxIds;
		this.clock = clock;
	}

	synchronized boolean contains(String eventId) {
		return fingerprint(eventId) != null;
	}

	/** The content fingerprint an id was acknowledged with, or null when unknown. */
	synchronized String fingerprint(String eventId) {
		evictExpired();
		Entry entry = this.acknowledged.get(eventId);
		return (entry != null && entry.at() >= oldest()) ? entry.fingerprint() : null;
	}

	synchronized void remember(String eventId) {
		remember(eventId, "");
	}

	synchronized void remember(String eventId, String fingerprint) {
		remember(eventId, fingerprint, this.clock.millis());
	}

	/**
	 * Remembers an id acknowledged at {@code atMillis} (an id read back from the shared
	 * topic keeps the time it was accepted, so the window counts from there).
	 */
	synchronized void remember(String eventId, String fingerprint, long atMillis) {
		if (atMillis < oldest()) {
			return;
		}
		this.acknowledged.remove(eventId);
		this.acknowledged.put(eventId, new Entry(fingerprint, atMillis));
		evictExpired();
	}

	/**
	 * Insertion order is (nearly: ids read back from several partitions interleave)
	 * acknowledgement order, so expired and overflowing ids are at the head; an expired
	 * one behind a fresher one is refused by {@link #fingerprint} until it reaches the
	 * head.
	 */
	private void evictExpired() {
		long oldest = oldest();
		Iterator<Map.Entry<String, Entry>> entries = this.acknowledged.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<String, Entry> entry = entries.next();
			if (entry.getValue().at() >= oldest && this.acknowledged.size() <= this.maxIds) {
				return;
			}
			entries.remove();
		}
	}

	private long oldest() {
		return this.clock.millis() - this.window.toMillis();
	}

	private record Entry(String fingerprint, long at) {
	}

	/**
	 * The ids every instance accepted, kept in Kafka: written once an event is
	 * acknowledged, read back into this store.
	 */
	interface Shared {

		/**
		 * Records an acknowledged id for every instance; completes once Kafka
		 * acknowledged the record.
		 */
		CompletableFuture<?> record(String eventId, String fingerprint);

		/** Returns once every id recorded before the call has been read back. */
		void catchUp();

	}

}

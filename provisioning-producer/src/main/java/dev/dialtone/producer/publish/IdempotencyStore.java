package dev.dialtone.producer.publish;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Event ids the broker has acknowledged, remembered for a window and up to a bound, in
 * this JVM only. It stops a client's retry (same id) from being published twice by this
 * instance; it does not see ids acknowledged by other instances or before a restart, so
 * consumers stay idempotent on the event id as the design requires.
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
		return (entry != null) ? entry.fingerprint() : null;
	}

	synchronized void remember(String eventId) {
		remember(eventId, "");
	}

	synchronized void remember(String eventId, String fingerprint) {
		this.acknowledged.remove(eventId);
		this.acknowledged.put(eventId, new Entry(fingerprint, this.clock.millis()));
		evictExpired();
	}

	/**
	 * Insertion order is acknowledgement order, so expired and overflowing ids are always
	 * at the head.
	 */
	private void evictExpired() {
		long oldest = this.clock.millis() - this.window.toMillis();
		Iterator<Map.Entry<String, Entry>> entries = this.acknowledged.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<String, Entry> entry = entries.next();
			if (entry.getValue().at() >= oldest && this.acknowledged.size() <= this.maxIds) {
				return;
			}
			entries.remove();
		}
	}

	private record Entry(String fingerprint, long at) {
	}

}

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

	private final Map<String, Long> acknowledged = new LinkedHashMap<>();

	private final Duration window;

	private final int maxIds;

	private final Clock clock;

	IdempotencyStore(Duration window, int maxIds, Clock clock) {
		this.window = window;
		this.maxIds = maxIds;
		this.clock = clock;
	}

	synchronized boolean contains(String eventId) {
		evictExpired();
		return this.acknowledged.containsKey(eventId);
	}

	synchronized void remember(String eventId) {
		this.acknowledged.remove(eventId);
		this.acknowledged.put(eventId, this.clock.millis());
		evictExpired();
	}

	/**
	 * Insertion order is acknowledgement order, so expired and overflowing ids are always
	 * at the head.
	 */
	private void evictExpired() {
		long oldest = this.clock.millis() - this.window.toMillis();
		Iterator<Map.Entry<String, Long>> entries = this.acknowledged.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<String, Long> entry = entries.next();
			if (entry.getValue() >= oldest && this.acknowledged.size() <= this.maxIds) {
				return;
			}
			entries.remove();
		}
	}

}

package dev.dialtone.auditor.route;

import java.util.Map;

/**
 * Where the auditor's records go. Everything sent inside one {@link #atomically} call
 * commits together (a Kafka transaction), and a call made from the outcome listener joins
 * the listener's read-process-write transaction.
 */
public interface Outbox {

	void send(String topic, String key, Object value, Map<String, String> headers);

	default void send(String topic, String key, Object value) {
		send(topic, key, value, Map.of());
	}

	void atomically(Runnable work);

}

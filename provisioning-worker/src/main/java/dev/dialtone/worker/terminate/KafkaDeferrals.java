package dev.dialtone.worker.terminate;

import dev.dialtone.contracts.IdentityEvent;

import org.springframework.kafka.core.KafkaOperations;

/**
 * Deferred events live in a compacted topic keyed by employee id: durable across restarts
 * and rebalances, the latest deferral per employee wins, and a tombstone cancels it.
 */
final class KafkaDeferrals implements Deferrals {

	private final KafkaOperations<String, Object> kafka;

	private final String topic;

	KafkaDeferrals(KafkaOperations<String, Object> kafka, String topic) {
		this.kafka = kafka;
		this.topic = topic;
	}

	@Override
	public void defer(IdentityEvent event) {
		this.kafka.send(this.topic, event.getPerson().getEmployeeId(), event).join();
	}

	@Override
	public void cancel(String employeeId) {
		this.kafka.send(this.topic, employeeId, null).join();
	}

}

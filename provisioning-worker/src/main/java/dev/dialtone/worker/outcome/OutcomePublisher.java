package dev.dialtone.worker.outcome;

import java.util.concurrent.CompletableFuture;

import dev.dialtone.contracts.ProvisioningOutcome;

import org.springframework.kafka.core.KafkaOperations;

/**
 * Publishes outcomes keyed by employee id, so an employee's outcomes stay in order for
 * the auditor, and times each event up to its outcome's acknowledgement.
 */
public final class OutcomePublisher {

	private final KafkaOperations<String, Object> kafka;

	private final String topic;

	private final EventLatency latency;

	OutcomePublisher(KafkaOperations<String, Object> kafka, String topic, EventLatency latency) {
		this.kafka = kafka;
		this.topic = topic;
		this.latency = latency;
	}

	/**
	 * @param outcome the outcome of one identity record
	 * @param recordTimestamp that record's Kafka timestamp (epoch ms), where its latency
	 * is measured from
	 * @return completes when the broker acknowledged the outcome
	 */
	public CompletableFuture<?> publish(ProvisioningOutcome outcome, long recordTimestamp) {
		return this.kafka.send(this.topic, outcome.getEmployeeId(), outcome).thenApply((sent) -> {
			this.latency.record(recordTimestamp, outcome);
			return sent;
		});
	}

}

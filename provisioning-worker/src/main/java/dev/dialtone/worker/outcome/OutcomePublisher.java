package dev.dialtone.worker.outcome;

import java.util.concurrent.CompletableFuture;

import dev.dialtone.contracts.ProvisioningOutcome;

import org.springframework.kafka.core.KafkaOperations;

/**
 * Publishes outcomes keyed by employee id, so an employee's outcomes stay in order for the auditor.
 */
public final class OutcomePublisher {

	private final KafkaOperations<String, Object> kafka;

	private final String topic;

	public OutcomePublisher(KafkaOperations<String, Object> kafka, String topic) {
		this.kafka = kafka;
		this.topic = topic;
	}

	/** @return completes when the broker acknowledged the outcome */
	public CompletableFuture<?> publish(ProvisioningOutcome outcome) {
		return this.kafka.send(this.topic, outcome.getEmployeeId(), outcome);
	}

}

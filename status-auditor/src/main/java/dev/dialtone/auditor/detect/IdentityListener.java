package dev.dialtone.auditor.detect;

import java.time.Instant;
import java.util.List;

import dev.dialtone.contracts.IdentityEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the identity topic with the auditor's own group to learn which events were accepted, so a missing outcome
 * can be noticed.
 */
@Component
class IdentityListener {

	private final ExpectationTracker expectations;

	IdentityListener(ExpectationTracker expectations) {
		this.expectations = expectations;
	}

	@KafkaListener(id = "auditor-identity", topics = "${dialtone.auditor.topics.identity-events}",
			groupId = "${spring.kafka.consumer.group-id}-expectations", batch = "true")
	void onEvents(List<ConsumerRecord<String, IdentityEvent>> records) {
		// poison records are the worker's to dead-letter; here they are only not expected to be answered
		for (ConsumerRecord<String, IdentityEvent> record : records) {
			if (record.value() != null && record.value().getPerson() != null) {
				this.expectations.accepted(record.value(), Instant.ofEpochMilli(record.timestamp()));
			}
		}
	}

}

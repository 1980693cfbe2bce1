package dev.dialtone.auditor.detect;

import java.time.Instant;

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
			groupId = "${spring.kafka.consumer.group-id}-expectations")
	void onEvent(ConsumerRecord<String, IdentityEvent> record) {
		if (record.value() != null && record.value().getPerson() != null) {
			this.expectations.accepted(record.value(), Instant.ofEpochMilli(record.timestamp()));
		}
	}

}

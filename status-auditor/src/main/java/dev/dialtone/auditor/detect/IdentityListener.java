package dev.dialtone.auditor.detect;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.ProvisioningOutcome;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;

/**
 * Reads the identity topic and the outcomes topic with the auditor's own group to learn
 * which events were accepted and which were answered, so a missing outcome can be
 * noticed. Both topics are keyed by employee id with the same partition count, so the
 * group's range assignment gives an event and its outcome to the same instance. On every
 * assignment it rewinds (see {@link ExpectationReplay}), so a restart rebuilds what was
 * awaiting.
 */
class IdentityListener implements ConsumerSeekAware {

	private final ExpectationTracker expectations;

	private final ExpectationReplay replay;

	private final List<String> topics;

	private final String groupId;

	/**
	 * @param topics the identity topic and the outcomes topic, as configured
	 * @param groupId this listener's own consumer group
	 */
	IdentityListener(ExpectationTracker expectations, ExpectationReplay replay, List<String> topics, String groupId) {
		this.expectations = expectations;
		this.replay = replay;
		this.topics = List.copyOf(topics);
		this.groupId = groupId;
	}

	/** The topics read, for {@code #{__listener.topics}}. */
	public String[] getTopics() {
		return this.topics.toArray(String[]::new);
	}

	/** The consumer group, for {@code #{__listener.groupId}}. */
	public String getGroupId() {
		return this.groupId;
	}

	@KafkaListener(id = "auditor-identity", topics = "#{__listener.topics}", groupId = "#{__listener.groupId}",
			batch = "true",
			properties = "partition.assignment.strategy=org.apache.kafka.clients.consumer.RangeAssignor")
	void onEvents(List<ConsumerRecord<String, Object>> records) {
		// poison records are the worker's (or the outcome listener's) to dead-letter;
		// here they are only skipped
		for (ConsumerRecord<String, Object> record : records) {
			if (record.value() instanceof IdentityEvent event && event.getPerson() != null) {
				this.expectations.accepted(event, Instant.ofEpochMilli(record.timestamp()));
			}
			else if (record.value() instanceof ProvisioningOutcome outcome) {
				this.expectations.answered(outcome.getEventId());
			}
		}
	}

	@Override
	public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
		this.replay.seeks(assignments).forEach((tp, offset) -> callback.seek(tp.topic(), tp.partition(), offset));
	}

}

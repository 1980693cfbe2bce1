package dev.dialtone.auditor.intake;

import java.util.Collection;
import java.util.Map;

import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.contracts.ProvisioningOutcome;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;
import org.springframework.kafka.listener.ConsumerSeekAware;

/**
 * Thin transport adapter: hands each outcome to {@link OutcomeHandler} inside the container's Kafka transaction (so
 * the consumed offset and everything published commit together) and tracks which partitions this instance owns.
 */
@Component
class OutcomeListener implements ConsumerSeekAware {

	private final OutcomeHandler handler;

	private final Ownership ownership;

	private final KafkaAdmin admin;

	OutcomeListener(OutcomeHandler handler, Ownership ownership, KafkaAdmin admin) {
		this.handler = handler;
		this.ownership = ownership;
		this.admin = admin;
	}

	@KafkaListener(id = "auditor-outcomes", topics = "${dialtone.auditor.topics.outcomes}")
	void onOutcome(ConsumerRecord<String, ProvisioningOutcome> record) {
		if (record.value() != null) {
			this.handler.handle(record.value());
		}
	}

	@Override
	public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
		assignments.keySet().stream().findFirst().ifPresent((tp) -> this.ownership.assigned(assignments.keySet(),
				this.admin.describeTopics(tp.topic()).get(tp.topic()).partitions().size()));
	}

	@Override
	public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
		this.ownership.revoked(partitions);
	}

}

package dev.dialtone.auditor.intake;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.contracts.ProvisioningOutcome;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.support.serializer.DeserializationException;

/**
 * Thin transport adapter: hands each outcome of a poll batch to {@link OutcomeHandler}
 * inside the container's Kafka transaction (one per batch: the consumed offsets and
 * everything published commit together), dead-letters poison or failing records without
 * stopping the batch, and tracks which partitions this instance owns.
 */
class OutcomeListener implements ConsumerSeekAware {

	private final OutcomeHandler handler;

	private final Ownership ownership;

	private final KafkaAdmin admin;

	private final OutcomeDeadLetters deadLetters;

	private final String topic;

	OutcomeListener(OutcomeHandler handler, Ownership ownership, KafkaAdmin admin, OutcomeDeadLetters deadLetters,
			String topic) {
		this.handler = handler;
		this.ownership = ownership;
		this.admin = admin;
		this.deadLetters = deadLetters;
		this.topic = topic;
	}

	/** The outcomes topic as configured, for {@code #{__listener.topic}}. */
	public String getTopic() {
		return this.topic;
	}

	@KafkaListener(id = "auditor-outcomes", topics = "#{__listener.topic}", batch = "true")
	void onOutcomes(List<ConsumerRecord<String, ProvisioningOutcome>> records, Consumer<?, ?> consumer) {
		for (ConsumerRecord<String, ProvisioningOutcome> record : records) {
			DeserializationException poison = OutcomeDeadLetters.poison(record);
			if (poison != null) {
				this.deadLetters.send(record, consumer, poison);
				continue;
			}
			if (record.value() == null) {
				continue;
			}
			try {
				this.handler.handle(record.value());
			}
			catch (RuntimeException ex) {
				this.deadLetters.send(record, consumer, ex);
			}
		}
	}

	@Override
	public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
		assignments.keySet()
			.stream()
			.findFirst()
			.ifPresent((tp) -> this.ownership.assigned(assignments.keySet(),
					this.admin.describeTopics(tp.topic()).get(tp.topic()).partitions().size()));
	}

	@Override
	public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
		this.ownership.revoked(partitions);
	}

}

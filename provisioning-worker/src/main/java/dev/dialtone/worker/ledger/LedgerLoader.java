package dev.dialtone.worker.ledger;

import java.util.Collection;
import java.util.Properties;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import org.springframework.kafka.core.ConsumerFactory;

/**
 * Loads the applied-ledger entries of newly assigned identity partitions, with a
 * short-lived reader of its own, before any of their records reach the listener.
 */
public final class LedgerLoader {

	private final AppliedLedger ledger;

	private final ConsumerFactory<?, ?> consumers;

	private final String identityTopic;

	LedgerLoader(AppliedLedger ledger, ConsumerFactory<?, ?> consumers, String identityTopic) {
		this.ledger = ledger;
		this.consumers = consumers;
		this.identityTopic = identityTopic;
	}

	/**
	 * @param assigned partitions just assigned (those of other topics are ignored)
	 */
	@SuppressWarnings("unchecked")
	public void load(Collection<TopicPartition> assigned) {
		Collection<TopicPartition> identity = assigned.stream()
			.filter((tp) -> tp.topic().equals(this.identityTopic))
			.toList();
		if (identity.isEmpty()) {
			return;
		}
		Properties overrides = new Properties();
		overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		try (Consumer<String, byte[]> reader = (Consumer<String, byte[]>) this.consumers.createConsumer(null, null,
				"-ledger", overrides)) {
			this.ledger.load(reader, identity);
		}
	}

}

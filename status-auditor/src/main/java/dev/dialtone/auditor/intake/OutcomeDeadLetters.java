package dev.dialtone.auditor.intake;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Sends one outcome record of a batch to the outcomes dead-letter topic through Spring
 * Kafka's {@link DeadLetterPublishingRecoverer}, so the origin headers are Spring's
 * ({@code kafka_dlt-original-topic}, {@code -partition} as a 4-byte int, {@code -offset}
 * and {@code -timestamp} as 8-byte longs, {@code -consumer-group}, {@code -exception-*}).
 * The template is the transactional one, so the dead letter joins the batch's
 * transaction: a poison record goes with its original bytes, a record that failed
 * processing as it was read, and the rest of the batch goes on.
 */
class OutcomeDeadLetters {

	private static final Logger log = LoggerFactory.getLogger(OutcomeDeadLetters.class);

	private static final LogAccessor LOG_ACCESSOR = new LogAccessor(OutcomeDeadLetters.class);

	private final DeadLetterPublishingRecoverer recoverer;

	OutcomeDeadLetters(KafkaOperations<?, ?> template, String topic, String group) {
		// any partition: the dead-letter topic need not have the outcomes topic's count
		this.recoverer = new DeadLetterPublishingRecoverer(template, (record, ex) -> new TopicPartition(topic, -1));
		// the recoverer takes the group from the container's thread, which this batch
		// listener's dead-lettering does not reach: name it here, as Spring spells it
		byte[] groupHeader = group.getBytes(StandardCharsets.UTF_8);
		this.recoverer.setHeadersFunction(
				(record, ex) -> new RecordHeaders().add(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, groupHeader));
	}

	/**
	 * @return the deserialization failure of a poison record, or null for a readable one
	 */
	static DeserializationException poison(ConsumerRecord<?, ?> record) {
		if (record.value() != null
				|| record.headers().lastHeader(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER) == null) {
			return null;
		}
		return SerializationUtils.getExceptionFromHeader(record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER,
				LOG_ACCESSOR);
	}

	/**
	 * Dead-letters the record (a poison record's original bytes come from the
	 * deserializer's exception header); the consumer names the original group.
	 */
	void send(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception cause) {
		log.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), cause.toString());
		this.recoverer.accept(record, consumer, cause);
	}

}

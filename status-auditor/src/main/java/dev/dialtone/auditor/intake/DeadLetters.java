package dev.dialtone.auditor.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.dialtone.auditor.route.Outbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Sends one record of a batch to the dead-letter topic, inside the batch's transaction,
 * with its origin in Spring's {@code kafka_dlt-*} headers: a poison record with its
 * original bytes, a record that failed processing as it was read. The rest of the batch
 * goes on.
 */
class DeadLetters {

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private static final LogAccessor LOG_ACCESSOR = new LogAccessor(DeadLetters.class);

	private final Outbox outbox;

	private final String topic;

	DeadLetters(Outbox outbox, String topic) {
		this.outbox = outbox;
		this.topic = topic;
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

	void send(ConsumerRecord<String, ?> record, Object value, Exception cause) {
		log.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), cause.toString());
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("kafka_dlt-original-topic", record.topic());
		headers.put("kafka_dlt-original-partition", String.valueOf(record.partition()));
		headers.put("kafka_dlt-original-offset", String.valueOf(record.offset()));
		headers.put("kafka_dlt-exception-fqcn", cause.getClass().getName());
		headers.put("kafka_dlt-exception-message", String.valueOf(cause.getMessage()));
		this.outbox.send(this.topic, record.key(), value, headers);
	}

}

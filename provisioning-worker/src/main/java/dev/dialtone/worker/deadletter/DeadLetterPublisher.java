package dev.dialtone.worker.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Sends records the worker cannot process (undeserializable, unknown event type) to the
 * identity dead-letter topic through Spring's {@link DeadLetterPublishingRecoverer}: the
 * original bytes of a poison record, the origin topic/partition/offset/consumer group and
 * the exception in Spring's {@code kafka_dlt-*} headers. Called inline from the lane, so
 * the rest of the batch goes on.
 */
public final class DeadLetterPublisher {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

	private static final LogAccessor logAccessor = new LogAccessor(DeadLetterPublisher.class);

	private final DeadLetterPublishingRecoverer recoverer;

	/**
	 * @param recoverer publishes to the dead-letter topic; its headers function is set
	 * here
	 * @param groupId the identity listener's consumer group, written as
	 * {@link KafkaHeaders#DLT_ORIGINAL_CONSUMER_GROUP}
	 */
	DeadLetterPublisher(DeadLetterPublishingRecoverer recoverer, String groupId) {
		this.recoverer = recoverer;
		// Spring adds the group only when it is handed the consumer (never, see publish):
		// same header, same UTF-8 bytes
		byte[] group = groupId.getBytes(StandardCharsets.UTF_8);
		this.recoverer.setHeadersFunction((record, ex) -> originalGroup(group));
	}

	/**
	 * @return a resolver sending every dead letter to {@code topic}, partition chosen by
	 * key
	 */
	static BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> to(String topic) {
		return (record, ex) -> new TopicPartition(topic, -1);
	}

	private static Headers originalGroup(byte[] group) {
		return new RecordHeaders().add(new RecordHeader(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, group));
	}

	public boolean isPoison(ConsumerRecord<?, ?> record) {
		return record.value() == null
				&& record.headers().lastHeader(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER) != null;
	}

	public Exception deserializationFailure(ConsumerRecord<?, ?> record) {
		DeserializationException failure = SerializationUtils.getExceptionFromHeader(record,
				SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, logAccessor);
		return (failure != null) ? failure : new IllegalStateException("undeserializable record");
	}

	/**
	 * Called from the lanes while the consumer thread keeps polling, so the consumer is
	 * never handed to the recoverer (a KafkaConsumer must not be touched by two threads);
	 * the original consumer-group header comes from the headers function instead.
	 */
	public void publish(ConsumerRecord<?, ?> record, Exception reason) {
		log.warn("Dead-lettering {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
				record.key(), reason.getMessage());
		this.recoverer.accept(record, null, reason);
	}

}

package dev.dialtone.worker.deadletter;

import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Sends records the worker cannot process (undeserializable, unknown event type) to the
 * identity dead-letter topic through Spring's {@link DeadLetterPublishingRecoverer}: the
 * original bytes of a poison record, the origin topic/partition/offset and the exception
 * in headers. Called inline from the lane, so the rest of the batch goes on.
 */
public final class DeadLetters {

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private static final LogAccessor logAccessor = new LogAccessor(DeadLetters.class);

	private final DeadLetterPublishingRecoverer recoverer;

	public DeadLetters(DeadLetterPublishingRecoverer recoverer) {
		this.recoverer = recoverer;
	}

	/**
	 * @return a resolver sending every dead letter to {@code topic}, partition chosen by
	 * key
	 */
	public static BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> to(String topic) {
		return (record, ex) -> new TopicPartition(topic, -1);
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
	 * the original consumer-group header is therefore absent.
	 */
	public void publish(ConsumerRecord<?, ?> record, Exception reason) {
		log.warn("Dead-lettering {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
				record.key(), reason.getMessage());
		this.recoverer.accept(record, null, reason);
	}

}

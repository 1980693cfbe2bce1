package dev.dialtone.auditor.intake;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;

/**
 * Thin transport adapter over the dead-letter topics (the worker's identity DLT and the
 * auditor's own outcomes DLT), read as raw bytes in a consumer group of their own: each
 * record goes to {@link DeadLetterHandler}. A record it cannot handle is logged, never
 * dead-lettered again.
 */
class DeadLetterListener {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterListener.class);

	private final DeadLetterHandler handler;

	private final List<String> topics;

	private final String group;

	DeadLetterListener(DeadLetterHandler handler, List<String> topics, String group) {
		this.handler = handler;
		this.topics = topics;
		this.group = group;
	}

	/** The dead-letter topics as configured, for {@code #{__listener.topics}}. */
	public String[] getTopics() {
		return this.topics.toArray(String[]::new);
	}

	/** The listener's own group, for {@code #{__listener.group}}. */
	public String getGroup() {
		return this.group;
	}

	@KafkaListener(id = "auditor-dead-letters", topics = "#{__listener.topics}", groupId = "#{__listener.group}",
			properties = { "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer" })
	void onDeadLetter(ConsumerRecord<String, byte[]> record) {
		try {
			this.handler.handle(record.topic(), record.partition(), record.offset(), record.key(), record.headers());
		}
		catch (RuntimeException ex) {
			log.error("Dead letter {}-{}@{} not reported: {}", record.topic(), record.partition(), record.offset(),
					ex.toString());
		}
	}

}

package dev.dialtone.auditor.route;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * {@link Outbox} over a transactional {@link KafkaTemplate}.
 */
class KafkaOutbox implements Outbox {

	private final KafkaTemplate<String, Object> template;

	KafkaOutbox(KafkaTemplate<String, Object> template) {
		this.template = template;
	}

	@Override
	public void send(String topic, String key, Object value, Map<String, String> headers) {
		ProducerRecord<String, Object> record = new ProducerRecord<>(topic, key, value);
		headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
		this.template.send(record);
	}

	@Override
	public void atomically(Runnable work) {
		if (!this.template.isTransactional() || this.template.inTransaction()) {
			work.run();
			return;
		}
		this.template.executeInTransaction((operations) -> {
			work.run();
			return null;
		});
	}

}

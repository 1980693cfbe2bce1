package dev.dialtone.auditor.route;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Outbox} over the transactional {@link KafkaTemplate}. Work outside a listener
 * runs in a transaction of the same {@link KafkaTransactionManager} the listeners use, so
 * in-memory state can follow its outcome either way.
 */
class KafkaOutbox implements Outbox {

	private final KafkaTemplate<String, Object> template;

	private final TransactionTemplate transactions;

	KafkaOutbox(KafkaTemplate<String, Object> template, KafkaTransactionManager<?, ?> transactionManager) {
		this.template = template;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void send(String topic, String key, Object value, Map<String, String> headers) {
		ProducerRecord<String, Object> record = new ProducerRecord<>(topic, key, value);
		headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
		this.template.send(record);
	}

	@Override
	public void atomically(Runnable work) {
		if (this.template.inTransaction()) {
			work.run();
			return;
		}
		this.transactions.executeWithoutResult((status) -> work.run());
	}

}

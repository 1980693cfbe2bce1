package dev.dialtone.producer.csv;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.serde.RegistryAvroSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes straight to Kafka with a producer tuned for bulk: same durability as the HTTP
 * path (acks=all, idempotent, so ordering per employee survives retries), but large
 * batches, a short linger and lz4 compression.
 */
final class KafkaEventSink implements EventSink {

	private final KafkaProducer<String, IdentityEvent> producer;

	private final String topic;

	KafkaEventSink(String bootstrapServers, String registryUrl, boolean autoRegister, String topic) {
		Map<String, Object> config = new HashMap<>();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, RegistryAvroSerializer.class);
		config.put("schema.registry.url", registryUrl);
		config.put("auto.register.schemas", autoRegister);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
		config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
		config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
		config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
		// an unreachable cluster fails the run within seconds; the checkpoint lets the
		// next run resume
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
		config.put(ProducerConfig.CLIENT_ID_CONFIG, "dialtone-csv-import");
		this.producer = new KafkaProducer<>(config);
		this.topic = topic;
	}

	@Override
	public void send(IdentityEvent event, Runnable onAcknowledged, Consumer<Exception> onFailed) {
		try {
			this.producer.send(new ProducerRecord<>(this.topic, event.getPerson().getEmployeeId(), event),
					(metadata, exception) -> {
						if (exception == null) {
							onAcknowledged.run();
						}
						else {
							onFailed.accept(exception);
						}
					});
		}
		catch (RuntimeException ex) {
			onFailed.accept(ex);
		}
	}

	@Override
	public void flush() {
		this.producer.flush();
	}

	@Override
	public void close() {
		this.producer.close(Duration.ofSeconds(30));
	}

}

package dev.dialtone.auditor.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.serde.RegistryAvroDeserializer;
import dev.dialtone.serde.RegistryAvroSerializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import static org.awaitility.Awaitility.await;

/**
 * Reads and writes the real topics the way other services would: Avro over the registry,
 * committed records only.
 */
public final class TopicProbe {

	private TopicProbe() {
	}

	public static void publish(String topic, String key, Object value) {
		LocalPlatform platform = LocalPlatform.shared();
		Properties props = new Properties();
		props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers());
		props.put("schema.registry.url", platform.registryUrl());
		props.put(ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, Object> producer = new KafkaProducer<>(props, new StringSerializer(),
				serializer())) {
			producer.send(new ProducerRecord<>(topic, key, value)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every committed record of the topic so far (assign + seek: no group, no rebalance
	 * wait).
	 */
	public static List<ConsumerRecord<String, Object>> readAll(String topic) {
		return readAll(topic, deserializer());
	}

	/**
	 * Every committed record of the topic so far, values as raw bytes (dead-letter
	 * topics).
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static List<ConsumerRecord<String, byte[]>> readRaw(String topic) {
		return (List) readAll(topic, (Deserializer) new ByteArrayDeserializer());
	}

	public static void publishRaw(String topic, String key, byte[] value) {
		Properties props = new Properties();
		props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPlatform.shared().bootstrapServers());
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(topic, key, value)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<ConsumerRecord<String, Object>> readAll(String topic, Deserializer<Object> values) {
		LocalPlatform platform = LocalPlatform.shared();
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers());
		props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		List<ConsumerRecord<String, Object>> records = new ArrayList<>();
		try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(props, new StringDeserializer(), values)) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10))
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			while (end.entrySet().stream().anyMatch((e) -> consumer.position(e.getKey()) < e.getValue())) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
		}
		return records;
	}

	/**
	 * Waits until the topic holds a record matching, and returns all values of the given
	 * type.
	 */
	@SuppressWarnings("unchecked")
	public static <T> List<T> awaitValues(String topic, Class<T> type, Predicate<List<T>> until, Duration atMost) {
		List<List<T>> holder = new ArrayList<>();
		await().atMost(atMost).pollInterval(Duration.ofMillis(300)).until(() -> {
			List<T> values = readAll(topic).stream()
				.map(ConsumerRecord::value)
				.filter(type::isInstance)
				.map((v) -> (T) v)
				.toList();
			holder.clear();
			holder.add(values);
			return until.test(values);
		});
		return holder.get(0);
	}

	public static String header(ConsumerRecord<String, Object> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Serializer<Object> serializer() {
		RegistryAvroSerializer serializer = new RegistryAvroSerializer();
		serializer.configure(Map.of("schema.registry.url", LocalPlatform.shared().registryUrl()), false);
		return (Serializer) serializer;
	}

	/** The Avro value deserializer over the shared registry, reading specific records. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static Deserializer<Object> deserializer() {
		RegistryAvroDeserializer deserializer = new RegistryAvroDeserializer();
		deserializer.configure(
				Map.of("schema.registry.url", LocalPlatform.shared().registryUrl(), "specific.avro.reader", "true"),
				false);
		return (Deserializer) deserializer;
	}

}

package dev.dialtone.producer.sharedlog;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * A topic of string keys and values that every producer instance writes and reads from
 * its beginning, so all instances (and one restarted) share what any of them recorded:
 * the accepted event ids, the employees' introducing sources, the SCIM users. One tail
 * thread applies every record, the instance's own included, to the owner's table.
 * <p>
 * Written here rather than taken from Spring Kafka: a listener container joins a group
 * and commits offsets, while every instance must read every partition from the start
 * without a group; and Kafka Streams' global tables would bring a second runtime (state
 * stores, a streams thread per instance) for three small string maps.
 */
public final class SharedLog {

	private static final Logger log = LoggerFactory.getLogger(SharedLog.class);

	private final String name;

	private final Map<String, Object> clientConfig;

	private final NewTopic topic;

	private final Consumer<ConsumerRecord<String, String>> reader;

	private final Duration fetchMaxWait;

	private final CountDownLatch loaded = new CountDownLatch(1);

	/** How far the tail has read, per partition. */
	private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();

	private volatile List<TopicPartition> partitions;

	private KafkaProducer<String, String> producer;

	private KafkaConsumer<String, String> consumer;

	private Admin admin;

	private volatile boolean running;

	/**
	 * @param name what the log holds, for its thread and log lines
	 * @param clientConfig connection settings (the topic holds plain strings, not Avro)
	 * @param topic the topic, and how to create it when start-up ran while Kafka was away
	 * @param reader applies one record read (a null value is a deletion)
	 * @param fetchMaxWait how long the broker may hold a fetch: short where a request
	 * waits for the tail ({@link #catchUp})
	 */
	public SharedLog(String name, Map<String, Object> clientConfig, NewTopic topic,
			Consumer<ConsumerRecord<String, String>> reader, Duration fetchMaxWait) {
		this.name = name;
		this.clientConfig = clientConfig;
		this.topic = topic;
		this.reader = reader;
		this.fetchMaxWait = fetchMaxWait;
	}

	/**
	 * The connection settings of Spring Boot's Kafka properties without the Avro serde's,
	 * and the identity publisher's fail-fast timeouts, so a write here never outlasts a
	 * 503 there.
	 */
	public static Map<String, Object> connection(KafkaProperties kafka) {
		Map<String, Object> client = new HashMap<>(kafka.buildAdminProperties());
		client.keySet().removeIf((key) -> key.startsWith("schema.registry") || key.startsWith("auto.register"));
		Map<String, String> producer = kafka.getProducer().getProperties();
		for (String timeout : List.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
				ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG)) {
			if (producer.containsKey(timeout)) {
				client.put(timeout, producer.get(timeout));
			}
		}
		return client;
	}

	public String topicName() {
		return this.topic.name();
	}

	/**
	 * Writes one record (acks=all, idempotent); completes once the broker acknowledged.
	 */
	public CompletableFuture<RecordMetadata> send(String key, String value) {
		CompletableFuture<RecordMetadata> sent = new CompletableFuture<>();
		try {
			this.producer.send(new ProducerRecord<>(this.topic.name(), key, value), (metadata, failure) -> {
				if (failure != null) {
					sent.completeExceptionally(failure);
				}
				else {
					sent.complete(metadata);
				}
			});
		}
		catch (KafkaException ex) {
			sent.completeExceptionally(ex);
		}
		return sent;
	}

	/**
	 * Waits until the topic was read to the end it had at start-up.
	 * @return false when it was not within {@code timeout}
	 */
	public boolean awaitLoaded(Duration timeout) {
		try {
			return this.loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Waits (at most {@code limit}) until the tail has read every record written before
	 * this call.
	 * @return false when it could not tell or did not get there in time (Kafka away)
	 */
	public boolean catchUp(Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		try {
			while (this.partitions == null) {
				if (System.nanoTime() > deadline) {
					return false;
				}
				Thread.sleep(10);
			}
			Map<TopicPartition, OffsetSpec> query = this.partitions.stream()
				.collect(Collectors.toMap((tp) -> tp, (tp) -> OffsetSpec.latest()));
			Map<TopicPartition, Long> ends = new HashMap<>();
			this.admin.listOffsets(query)
				.all()
				.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
				.forEach((tp, info) -> ends.put(tp, info.offset()));
			while (!ends.entrySet()
				.stream()
				.allMatch((e) -> this.positions.getOrDefault(e.getKey(), -1L) >= e.getValue())) {
				if (System.nanoTime() > deadline) {
					log.warn("The {} were not read to their end within {}", this.name, limit);
					return false;
				}
				Thread.sleep(2);
			}
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			log.warn("The end of the {} is unknown: {}", this.name, ex.toString());
			return false;
		}
	}

	public void start() {
		Map<String, Object> producerConfig = new HashMap<>(this.clientConfig);
		producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
		producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		producerConfig.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
		producerConfig.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
		producerConfig.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000);
		this.producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
		Map<String, Object> consumerConfig = new HashMap<>(this.clientConfig);
		consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		// an auto-created topic would not be compacted: it is created as the catalogue
		// says instead
		consumerConfig.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		consumerConfig.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) this.fetchMaxWait.toMillis());
		this.consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer());
		this.admin = Admin.create(this.clientConfig);
		this.running = true;
		Thread tail = new Thread(this::tail, this.name.replace(' ', '-'));
		tail.setDaemon(true);
		tail.start();
	}

	private void tail() {
		try {
			List<TopicPartition> assigned = awaitPartitions();
			this.consumer.assign(assigned);
			this.consumer.seekToBeginning(assigned);
			Map<TopicPartition, Long> end = this.consumer.endOffsets(assigned);
			this.partitions = assigned;
			while (this.running) {
				for (ConsumerRecord<String, String> record : this.consumer.poll(Duration.ofMillis(100))) {
					if (record.key() != null) {
						this.reader.accept(record);
					}
				}
				for (TopicPartition tp : assigned) {
					this.positions.put(tp, this.consumer.position(tp));
				}
				if (this.loaded.getCount() > 0
						&& assigned.stream().allMatch((tp) -> this.positions.get(tp) >= end.get(tp))) {
					log.info("The {} are loaded from {}", this.name, this.topic.name());
					this.loaded.countDown();
				}
			}
		}
		catch (WakeupException ex) {
			// stop() woke the consumer up
		}
		catch (RuntimeException ex) {
			log.error("Stopped reading the {} from {}", this.name, this.topic.name(), ex);
		}
		finally {
			this.consumer.close();
		}
	}

	public void stop() {
		this.running = false;
		if (this.consumer != null) {
			this.consumer.wakeup();
		}
		if (this.producer != null) {
			this.producer.close(Duration.ofSeconds(5));
		}
		if (this.admin != null) {
			this.admin.close(Duration.ofSeconds(5));
		}
	}

	public boolean isRunning() {
		return this.running;
	}

	/** The topic's partitions, creating it (as the catalogue says) when it is missing. */
	private List<TopicPartition> awaitPartitions() {
		while (this.running) {
			try {
				var infos = this.consumer.partitionsFor(this.topic.name(), Duration.ofSeconds(10));
				if (!infos.isEmpty()) {
					return infos.stream().map((info) -> new TopicPartition(info.topic(), info.partition())).toList();
				}
				this.admin.createTopics(List.of(this.topic)).all().get(10, TimeUnit.SECONDS);
			}
			catch (KafkaException | ExecutionException | TimeoutException ex) {
				log.debug("Waiting for {} (it may exist already): {}", this.topic.name(), ex.toString());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return List.of();
			}
		}
		return List.of();
	}

}

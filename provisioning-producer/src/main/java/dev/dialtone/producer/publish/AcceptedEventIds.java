package dev.dialtone.producer.publish;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * The accepted event ids shared by every producer instance: a topic (key source-scoped
 * event id, value content fingerprint) that each instance writes once an identity event
 * is acknowledged and tails from the start of its retention into its
 * {@link IdempotencyStore}. {@link #catchUp()} reads up to the topic's end as of now, so
 * an id another instance (or this one before a restart) had acknowledged before the
 * request arrived is known when the request is judged.
 */
class AcceptedEventIds implements SmartLifecycle, IdempotencyStore.Shared {

	private static final Logger log = LoggerFactory.getLogger(AcceptedEventIds.class);

	private final Map<String, Object> clientConfig;

	private final NewTopic topic;

	private final IdempotencyStore store;

	private final Duration catchUpLimit;

	/** How far the tail has read, per partition. */
	private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();

	private volatile List<TopicPartition> partitions;

	private KafkaProducer<String, String> producer;

	private KafkaConsumer<String, String> consumer;

	private Admin admin;

	private volatile boolean running;

	AcceptedEventIds(Map<String, Object> clientConfig, NewTopic topic, IdempotencyStore store, Duration catchUpLimit) {
		this.clientConfig = clientConfig;
		this.topic = topic;
		this.store = store;
		this.catchUpLimit = catchUpLimit;
	}

	@Override
	public CompletableFuture<?> record(String eventId, String fingerprint) {
		CompletableFuture<Object> sent = new CompletableFuture<>();
		try {
			this.producer.send(new ProducerRecord<>(this.topic.name(), eventId, fingerprint), (metadata, failure) -> {
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
	 * Waits (at most {@code catchUpLimit}) until the tail has read every id written
	 * before this call. Kafka unreachable: returns with what is known; the publish itself
	 * will answer 503.
	 */
	@Override
	public void catchUp() {
		long deadline = System.nanoTime() + this.catchUpLimit.toNanos();
		try {
			while (this.partitions == null) {
				if (System.nanoTime() > deadline) {
					return;
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
					log.warn("Accepted event ids not read to their end within {}", this.catchUpLimit);
					return;
				}
				Thread.sleep(2);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			log.warn("End of the accepted event ids unknown: {}", ex.toString());
		}
	}

	@Override
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
		consumerConfig.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		// a retry on another instance waits for this tail: answer a fetch as soon as an
		// id arrives
		consumerConfig.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
		this.consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer());
		this.admin = Admin.create(this.clientConfig);
		this.running = true;
		Thread tail = new Thread(this::tail, "accepted-event-ids");
		tail.setDaemon(true);
		tail.start();
	}

	private void tail() {
		try {
			List<TopicPartition> assigned = awaitPartitions();
			this.consumer.assign(assigned);
			this.consumer.seekToBeginning(assigned);
			this.partitions = assigned;
			while (this.running) {
				for (ConsumerRecord<String, String> record : this.consumer.poll(Duration.ofMillis(100))) {
					if (record.key() != null && record.value() != null) {
						// the record's time is when the id was accepted: the window
						// counts
						// from there
						this.store.remember(record.key(), record.value(), record.timestamp());
					}
				}
				for (TopicPartition tp : assigned) {
					this.positions.put(tp, this.consumer.position(tp));
				}
			}
		}
		catch (WakeupException ex) {
			// stop() woke the consumer up
		}
		catch (RuntimeException ex) {
			log.error("Stopped reading accepted event ids from {}", this.topic.name(), ex);
		}
		finally {
			this.consumer.close();
		}
	}

	@Override
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

	@Override
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

package dev.dialtone.producer.ownership;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
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
 * Employee id → the source that introduced the employee, kept in a compacted topic (key
 * employee id, value source name) that every instance reads to its end at start-up and
 * keeps tailing. The first recorded source wins: a claim is never overwritten by this
 * class, and a tailed record never replaces an owner already known.
 */
class EmployeeSources implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EmployeeSources.class);

	private final Map<String, String> owners = new ConcurrentHashMap<>();

	private final CountDownLatch caughtUp = new CountDownLatch(1);

	private final Map<String, Object> clientConfig;

	private final NewTopic topic;

	private KafkaProducer<String, String> producer;

	private KafkaConsumer<String, String> consumer;

	private volatile boolean running;

	EmployeeSources(Map<String, Object> clientConfig, NewTopic topic) {
		this.clientConfig = clientConfig;
		this.topic = topic;
	}

	/** The introducing source, or null for an employee no source has introduced yet. */
	String owner(String employeeId) {
		awaitLoaded();
		return this.owners.get(employeeId);
	}

	/**
	 * Records the source for each employee and returns once the broker acknowledged every
	 * record, so no instance that has read the topic lets another source act on them.
	 */
	void claim(Map<String, String> employeeToSource) {
		List<CompletableFuture<?>> sends = new ArrayList<>();
		employeeToSource.forEach((employee, source) -> {
			CompletableFuture<Object> sent = new CompletableFuture<>();
			try {
				this.producer.send(new ProducerRecord<>(this.topic.name(), employee, source), (metadata, failure) -> {
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
			sends.add(sent);
		});
		try {
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(15, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new OwnershipUnavailableException("Kafka did not acknowledge the employee sources", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OwnershipUnavailableException("interrupted", ex);
		}
		employeeToSource.forEach(this.owners::putIfAbsent);
	}

	private void awaitLoaded() {
		try {
			if (this.caughtUp.await(15, TimeUnit.SECONDS)) {
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		throw new OwnershipUnavailableException("employee sources are still loading", null);
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
		// an auto-created topic would not be compacted
		consumerConfig.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		this.consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer());
		this.running = true;
		Thread tail = new Thread(this::tail, "employee-sources");
		tail.setDaemon(true);
		tail.start();
	}

	private void tail() {
		try {
			List<TopicPartition> partitions = partitions();
			this.consumer.assign(partitions);
			this.consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = this.consumer.endOffsets(partitions);
			while (this.running) {
				this.consumer.poll(Duration.ofMillis(500)).forEach(this::apply);
				if (this.caughtUp.getCount() > 0
						&& partitions.stream().allMatch((p) -> this.consumer.position(p) >= end.get(p))) {
					log.info("Employee sources loaded: {} employees", this.owners.size());
					this.caughtUp.countDown();
				}
			}
		}
		catch (WakeupException ex) {
			// stop() woke the consumer up
		}
		catch (RuntimeException ex) {
			log.error("Stopped reading employee sources from {}", this.topic.name(), ex);
		}
		finally {
			this.consumer.close();
		}
	}

	private void apply(ConsumerRecord<String, String> record) {
		if (record.key() != null && record.value() != null) {
			this.owners.putIfAbsent(record.key(), record.value());
		}
	}

	private List<TopicPartition> partitions() {
		while (this.running) {
			try {
				var infos = this.consumer.partitionsFor(this.topic.name(), Duration.ofSeconds(10));
				if (!infos.isEmpty()) {
					return infos.stream().map((info) -> new TopicPartition(info.topic(), info.partition())).toList();
				}
				try (Admin admin = Admin.create(this.clientConfig)) {
					admin.createTopics(List.of(this.topic)).all().get(10, TimeUnit.SECONDS);
				}
				catch (ExecutionException | TimeoutException ex) {
					log.debug("Creating {} did not succeed (it may exist already): {}", this.topic.name(),
							ex.toString());
				}
			}
			catch (KafkaException ex) {
				log.warn("Waiting for Kafka to read {}: {}", this.topic.name(), ex.toString());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return List.of();
			}
		}
		return List.of();
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
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}

package dev.dialtone.producer.scim;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.SmartLifecycle;

/**
 * Keeps SCIM id → (employee id, resource) durable in a compacted topic. Every instance
 * reads the whole topic at start-up (ready only when caught up) and keeps tailing it, so
 * instances behind a load balancer converge; a write is acknowledged by the broker before
 * the SCIM response is sent.
 */
class ScimUserLog implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ScimUserLog.class);

	static final int MAX_RESOURCE_CHARS = 64 * 1024;

	private final ScimUserTable table = new ScimUserTable();

	private final CountDownLatch caughtUp = new CountDownLatch(1);

	private final Map<String, Object> clientConfig;

	private final NewTopic creation;

	private final String topic;

	private final JsonMapper json;

	private KafkaProducer<String, String> producer;

	private KafkaConsumer<String, String> consumer;

	private volatile boolean running;

	// offsets of this instance's own writes, so the tail never puts an older version back
	// over a newer one
	private final Map<String, Long> ownWrites = new ConcurrentHashMap<>();

	/**
	 * @param creation the topic: its name, and how to create it when start-up ran while
	 * Kafka was away
	 */
	ScimUserLog(Map<String, Object> clientConfig, NewTopic creation, JsonMapper json) {
		this.clientConfig = clientConfig;
		this.creation = creation;
		this.topic = creation.name();
		this.json = json;
	}

	/**
	 * The table once the topic has been read to its end; the service starts without Kafka
	 * and answers 503 until then, rather than serve a partial table.
	 */
	ScimUserTable table() {
		try {
			if (this.caughtUp.await(15, TimeUnit.SECONDS)) {
				return this.table;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		throw new ScimException(503, null, "SCIM users are still loading; retry later");
	}

	void save(ScimUser user) {
		ObjectNode value = this.json.createObjectNode().put("employeeId", user.employeeId());
		value.set("resource", user.resource());
		String record = this.json.writeValueAsString(value);
		// far below the broker's record limit: a directory user is a few kilobytes
		if (record.length() > MAX_RESOURCE_CHARS) {
			throw new ScimException(413, null, "The SCIM user is larger than " + MAX_RESOURCE_CHARS + " characters");
		}
		write(user.id(), record);
		this.table.put(user);
	}

	void delete(String id) {
		write(id, null);
		this.table.remove(id);
	}

	private void write(String id, String value) {
		try {
			long offset = this.producer.send(new ProducerRecord<>(this.topic, id, value))
				.get(15, TimeUnit.SECONDS)
				.offset();
			this.ownWrites.merge(id, offset, Math::max);
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			throw new ScimException(503, null, "Could not store the SCIM user; retry later");
		}
	}

	@Override
	public void start() {
		Map<String, Object> producerConfig = new HashMap<>(this.clientConfig);
		producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
		producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
		this.producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
		Map<String, Object> consumerConfig = new HashMap<>(this.clientConfig);
		consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		// an auto-created topic would not be compacted; ScimUserTopic creates it properly
		// instead
		consumerConfig.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		this.consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer());
		this.running = true;
		Thread tail = new Thread(this::tail, "scim-user-log");
		tail.setDaemon(true);
		tail.start();
	}

	private void tail() {
		try {
			List<TopicPartition> partitions = ScimUserTopic.partitions(this.consumer, this.clientConfig, this.creation,
					() -> this.running);
			this.consumer.assign(partitions);
			this.consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = this.consumer.endOffsets(partitions);
			while (this.running) {
				this.consumer.poll(Duration.ofMillis(500)).forEach(this::apply);
				if (this.caughtUp.getCount() > 0
						&& partitions.stream().allMatch((p) -> this.consumer.position(p) >= end.get(p))) {
					log.info("SCIM user table loaded: {} users", this.table.all().size());
					this.caughtUp.countDown();
				}
			}
		}
		catch (WakeupException ex) {
			// stop() woke the consumer up
		}
		catch (RuntimeException ex) {
			log.error("SCIM user log stopped reading {}", this.topic, ex);
		}
		finally {
			this.consumer.close();
		}
	}

	private void apply(ConsumerRecord<String, String> record) {
		if (this.ownWrites.getOrDefault(record.key(), -1L) > record.offset()) {
			return;
		}
		if (record.value() == null) {
			this.table.remove(record.key());
			return;
		}
		var value = this.json.readTree(record.value());
		this.table
			.put(new ScimUser(record.key(), value.path("employeeId").asString(), (ObjectNode) value.path("resource")));
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

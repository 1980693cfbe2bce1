package dev.dialtone.worker.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;

/**
 * The email → employee index on its compacted topic (key: lower-cased work email; value:
 * {@code "<employeeId> <zoomUserId>"}). Keyed by email, it is not co-partitioned with the
 * identity topic (two employees with one email have different keys there), so every
 * instance reads the whole index before its listener starts and keeps tailing it.
 */
public final class EmailIndex implements EmailOwners, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EmailIndex.class);

	private static final Duration RETRY_DELAY = Duration.ofSeconds(1);

	private final OwnerIndex index = new OwnerIndex();

	private final KafkaOperations<String, byte[]> kafka;

	private final ConsumerFactory<?, ?> consumers;

	private final String topic;

	private final Duration loadTimeout;

	private final CountDownLatch loaded = new CountDownLatch(1);

	private volatile boolean running;

	private volatile Consumer<String, byte[]> reader;

	private Thread tailer;

	/**
	 * End offsets when loading began: the index is loaded once it has read up to them.
	 */
	private volatile Map<TopicPartition, Long> loadedUpTo;

	EmailIndex(KafkaOperations<String, byte[]> kafka, ConsumerFactory<?, ?> consumers, String topic,
			Duration loadTimeout) {
		this.kafka = kafka;
		this.consumers = consumers;
		this.topic = topic;
		this.loadTimeout = loadTimeout;
	}

	@Override
	public Optional<Owner> ofEmail(String email) {
		return this.index.ofEmail(email);
	}

	@Override
	public Optional<String> ofZoomUser(String zoomUserId) {
		return this.index.ofZoomUser(zoomUserId);
	}

	/**
	 * Records the employee as the owner of the email and the Zoom user: at once in memory
	 * (the employee's next event may run before the record is read back), and on the
	 * topic for every instance. Unchanged ownership writes nothing.
	 * @return completes when the record is durable
	 */
	public CompletableFuture<?> record(String employeeId, String email, String zoomUserId) {
		if (employeeId == null || email == null || zoomUserId == null) {
			return CompletableFuture.completedFuture(null);
		}
		Owner owner = new Owner(employeeId, zoomUserId);
		if (this.index.ofEmail(email).filter(owner::equals).isPresent()) {
			return CompletableFuture.completedFuture(null);
		}
		List<String> stale = this.index.put(email, employeeId, zoomUserId);
		byte[] value = (employeeId + " " + zoomUserId).getBytes(StandardCharsets.UTF_8);
		List<CompletableFuture<?>> sends = new ArrayList<>();
		sends.add(this.kafka.send(new ProducerRecord<>(this.topic, OwnerIndex.key(email), value)));
		// the email before a change no longer belongs to anyone: a tombstone frees it
		stale.forEach((old) -> sends.add(this.kafka.send(new ProducerRecord<>(this.topic, old, null))));
		return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
	}

	/**
	 * Reads the whole index, then keeps tailing it; returns once it is caught up.
	 * @throws IllegalStateException when the index is not read whole within the load
	 * timeout: without it, ownership checks would be blind and could hand one person's
	 * Zoom user to another
	 */
	@Override
	public void start() {
		this.running = true;
		this.tailer = new Thread(this::tail, "email-index-tailer");
		this.tailer.setDaemon(true);
		this.tailer.start();
		try {
			if (!this.loaded.await(this.loadTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
				stop();
				throw new IllegalStateException("email index " + this.topic + " not loaded within " + this.loadTimeout);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted loading the email index", ex);
		}
		log.info("Loaded {} email-index entries from {}", this.index.size(), this.topic);
	}

	/**
	 * Tails the index for as long as the instance runs. A failed read (a broker that does
	 * not answer in time, a leader moving) is retried from where it stopped: an index
	 * that silently stopped following would go stale for the life of the instance.
	 */
	private void tail() {
		Map<TopicPartition, Long> next = new HashMap<>();
		while (this.running) {
			try {
				tailFrom(next);
			}
			catch (WakeupException ex) {
				return;
			}
			catch (RuntimeException ex) {
				if (!this.running) {
					return;
				}
				log.warn("Reading email index {} failed, retrying in {}: {}", this.topic, RETRY_DELAY, ex.toString());
				LockSupport.parkNanos(RETRY_DELAY.toNanos());
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void tailFrom(Map<TopicPartition, Long> next) {
		Properties overrides = new Properties();
		overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		try (Consumer<String, byte[]> consumer = (Consumer<String, byte[]>) this.consumers.createConsumer(null, null,
				"-email-index", overrides)) {
			this.reader = consumer;
			List<TopicPartition> partitions = partitions(consumer);
			consumer.assign(partitions);
			for (TopicPartition partition : partitions) {
				if (next.containsKey(partition)) {
					consumer.seek(partition, next.get(partition));
				}
				else {
					consumer.seekToBeginning(List.of(partition));
				}
			}
			if (this.loadedUpTo == null) {
				this.loadedUpTo = consumer.endOffsets(partitions);
			}
			while (this.running) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					apply(record);
					next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
				}
				if (this.loaded.getCount() > 0 && partitions.stream()
					.allMatch((tp) -> consumer.position(tp) >= this.loadedUpTo.getOrDefault(tp, 0L))) {
					this.loaded.countDown();
				}
			}
		}
	}

	/** The index topic's partitions, waiting for its metadata (never an empty list). */
	private List<TopicPartition> partitions(Consumer<String, byte[]> consumer) {
		while (true) {
			List<TopicPartition> partitions = Objects
				.requireNonNullElse(consumer.partitionsFor(this.topic), List.<PartitionInfo>of())
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			if (!partitions.isEmpty()) {
				return partitions;
			}
			if (!this.running) {
				throw new WakeupException();
			}
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
		}
	}

	private void apply(ConsumerRecord<String, byte[]> record) {
		if (record.key() == null) {
			return;
		}
		if (record.value() == null) {
			this.index.remove(record.key());
			return;
		}
		String value = new String(record.value(), StandardCharsets.UTF_8).trim();
		int space = value.lastIndexOf(' ');
		if (space > 0) {
			this.index.put(record.key(), value.substring(0, space), value.substring(space + 1));
		}
	}

	@Override
	public void stop() {
		this.running = false;
		Consumer<String, byte[]> consumer = this.reader;
		if (consumer != null) {
			consumer.wakeup();
		}
		if (this.tailer != null) {
			try {
				this.tailer.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Before the listener containers (their phase is near Integer.MAX_VALUE). */
	@Override
	public int getPhase() {
		return 0;
	}

}

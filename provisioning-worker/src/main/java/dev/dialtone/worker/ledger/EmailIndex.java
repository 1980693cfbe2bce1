package dev.dialtone.worker.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

	private final OwnerIndex index = new OwnerIndex();

	private final KafkaOperations<String, byte[]> kafka;

	private final ConsumerFactory<?, ?> consumers;

	private final String topic;

	private final Duration loadTimeout;

	private final CountDownLatch loaded = new CountDownLatch(1);

	private volatile boolean running;

	private volatile Consumer<String, byte[]> reader;

	private Thread tailer;

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

	/** Reads the whole index, then keeps tailing it; returns once it is caught up. */
	@Override
	@SuppressWarnings("unchecked")
	public void start() {
		Properties overrides = new Properties();
		overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		this.reader = (Consumer<String, byte[]>) this.consumers.createConsumer(null, null, "-email-index", overrides);
		this.running = true;
		this.tailer = new Thread(this::tail, "email-index-tailer");
		this.tailer.setDaemon(true);
		this.tailer.start();
		try {
			if (!this.loaded.await(this.loadTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
				// blind ownership checks could hand one person's Zoom user to another
				throw new IllegalStateException("email index " + this.topic + " not loaded within " + this.loadTimeout);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted loading the email index", ex);
		}
		log.info("Loaded {} email-index entries from {}", this.index.size(), this.topic);
	}

	private void tail() {
		try (Consumer<String, byte[]> consumer = this.reader) {
			List<TopicPartition> partitions = partitions(consumer);
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			while (this.running) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					apply(record);
				}
				if (this.loaded.getCount() > 0
						&& partitions.stream().allMatch((tp) -> consumer.position(tp) >= end.get(tp))) {
					this.loaded.countDown();
				}
			}
		}
		catch (WakeupException ex) {
			// stopping
		}
		catch (RuntimeException ex) {
			log.error("Email index {} stopped: {}", this.topic, ex.toString());
		}
	}

	private List<TopicPartition> partitions(Consumer<String, byte[]> consumer) {
		Instant deadline = Instant.now().plus(this.loadTimeout);
		while (true) {
			List<TopicPartition> partitions = Objects
				.requireNonNullElse(consumer.partitionsFor(this.topic), List.<PartitionInfo>of())
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			if (!partitions.isEmpty() || Instant.now().isAfter(deadline)) {
				return partitions;
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

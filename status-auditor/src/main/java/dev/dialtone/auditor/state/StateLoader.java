package dev.dialtone.auditor.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Rebuilds the auditor's state from its compacted topics before any listener starts, then
 * keeps tailing them so every instance sees what the others write. {@link #start()}
 * returns once the topics were read to their end.
 */
class StateLoader implements SmartLifecycle, StateTail {

	private static final Logger log = LoggerFactory.getLogger(StateLoader.class);

	private final Map<String, Object> consumerConfig;

	private final Map<String, Consumer<Object>> appliers;

	private final Duration timeout;

	private final CountDownLatch caughtUp = new CountDownLatch(1);

	/** How far the tail has applied each partition. */
	private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();

	private final Map<String, Object> adminConfig;

	private volatile Admin admin;

	private volatile KafkaConsumer<String, Object> consumer;

	private volatile boolean running;

	private Thread thread;

	/**
	 * @param appliers topic name to what to do with each (non-null) value read from it
	 */
	StateLoader(Map<String, Object> consumerConfig, Map<String, Object> adminConfig,
			Map<String, Consumer<Object>> appliers, Duration timeout) {
		this.adminConfig = adminConfig;
		this.consumerConfig = new HashMap<>(consumerConfig);
		this.consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
		this.consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		this.consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, "dialtone-auditor-state-" + System.nanoTime());
		this.appliers = appliers;
		this.timeout = timeout;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::loop, "auditor-state-loader");
		this.thread.setDaemon(true);
		this.thread.start();
		try {
			if (!this.caughtUp.await(this.timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("State topics not read to their end within " + this.timeout);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading state", ex);
		}
	}

	private void loop() {
		long started = System.nanoTime();
		try (KafkaConsumer<String, Object> kafka = new KafkaConsumer<>(this.consumerConfig)) {
			this.consumer = kafka;
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : this.appliers.keySet()) {
				for (PartitionInfo info : kafka.partitionsFor(topic, Duration.ofSeconds(30))) {
					partitions.add(new TopicPartition(topic, info.partition()));
				}
			}
			kafka.assign(partitions);
			kafka.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
			long records = 0;
			while (this.running) {
				for (ConsumerRecord<String, Object> record : kafka.poll(Duration.ofMillis(200))) {
					if (record.value() != null) {
						this.appliers.get(record.topic()).accept(record.value());
						records++;
					}
				}
				for (TopicPartition tp : partitions) {
					this.positions.put(tp, kafka.position(tp));
				}
				if (this.caughtUp.getCount() > 0
						&& end.entrySet().stream().allMatch((e) -> kafka.position(e.getKey()) >= e.getValue())) {
					log.info("State rebuilt from {} records in {} ms", records,
							(System.nanoTime() - started) / 1_000_000);
					this.caughtUp.countDown();
				}
			}
		}
		catch (WakeupException ex) {
			// stopping
		}
		catch (RuntimeException ex) {
			log.error("State loader stopped: {}", ex.getMessage(), ex);
		}
	}

	@Override
	public boolean catchUp(String topic, Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		try {
			Map<TopicPartition, OffsetSpec> query = new HashMap<>();
			this.positions.keySet()
				.stream()
				.filter((tp) -> tp.topic().equals(topic))
				.forEach((tp) -> query.put(tp, OffsetSpec.latest()));
			if (query.isEmpty()) {
				return false;
			}
			Map<TopicPartition, ListOffsetsResultInfo> ends = admin().listOffsets(query)
				.all()
				.get(limit.toMillis(), TimeUnit.MILLISECONDS);
			while (!ends.entrySet()
				.stream()
				.allMatch((e) -> this.positions.getOrDefault(e.getKey(), -1L) >= e.getValue().offset())) {
				if (System.nanoTime() > deadline) {
					return false;
				}
				Thread.sleep(5);
			}
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			log.warn("{} could not be read up to now: {}", topic, ex.toString());
			return false;
		}
	}

	private Admin admin() {
		Admin current = this.admin;
		if (current == null) {
			synchronized (this) {
				if (this.admin == null) {
					this.admin = Admin.create(this.adminConfig);
				}
				current = this.admin;
			}
		}
		return current;
	}

	@Override
	public void stop() {
		this.running = false;
		Admin current = this.admin;
		if (current != null) {
			current.close(Duration.ofSeconds(5));
		}
		KafkaConsumer<String, Object> kafka = this.consumer;
		if (kafka != null) {
			kafka.wakeup();
		}
		if (this.thread != null) {
			try {
				this.thread.join(5000);
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

	/**
	 * Before the listener containers, so no outcome is handled against an empty state.
	 */
	@Override
	public int getPhase() {
		return 0;
	}

}

package dev.dialtone.local;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.Notification;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.serde.RegistryAvroDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what the pipeline actually produced — outcomes, anomalies and dead letters —
 * straight from the topics, so the local run's summary reports the system's results
 * rather than echoing its input.
 */
final class PipelineTally implements AutoCloseable {

	private final Map<String, ProvisioningOutcome> outcomesByEventId = new ConcurrentHashMap<>();

	private final Map<String, PendingAnomaly> anomaliesByEmployee = new ConcurrentHashMap<>();

	private final Map<String, ProvisioningOutcome> latestByEmployee = new ConcurrentHashMap<>();

	private final List<Notification> notifications = new CopyOnWriteArrayList<>();

	private final AtomicLong deadLetters = new AtomicLong();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Thread reader;

	PipelineTally(String bootstrapServers, String registryUrl) {
		this.reader = new Thread(() -> read(bootstrapServers, registryUrl), "pipeline-tally");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	private void read(String bootstrapServers, String registryUrl) {
		String deadLetterTopic = DialtoneTopic.IDENTITY_EVENTS_DLT.defaultName();
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "dialtone-local-tally-" + System.nanoTime(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				"schema.registry.url", registryUrl, "specific.avro.reader", true);
		RegistryAvroDeserializer avro = new RegistryAvroDeserializer();
		avro.configure(config, false);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(DialtoneTopic.PROVISIONING_OUTCOMES.defaultName(),
					DialtoneTopic.PENDING_ANOMALIES.defaultName(), DialtoneTopic.NOTIFICATIONS.defaultName(),
					deadLetterTopic));
			while (running.get()) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (record.topic().equals(deadLetterTopic)) {
						deadLetters.incrementAndGet();
					}
					else if (record.value() != null) {
						Object value = avro.deserialize(record.topic(), record.value());
						if (value instanceof ProvisioningOutcome outcome) {
							outcomesByEventId.put(outcome.getEventId(), outcome);
							latestByEmployee.put(outcome.getEmployeeId(), outcome);
						}
						else if (value instanceof Notification notification) {
							notifications.add(notification);
						}
						else if (value instanceof PendingAnomaly anomaly) {
							anomaliesByEmployee.put(anomaly.getEmployeeId(), anomaly);
						}
					}
				}
			}
		}
	}

	/** Outcomes seen so far for the given event ids. */
	long outcomesFor(Set<String> eventIds) {
		return eventIds.stream().filter(outcomesByEventId::containsKey).count();
	}

	/** Pending outcomes among the given events that have no classified anomaly yet. */
	long unclassifiedPending(Set<String> eventIds) {
		return eventIds.stream()
			.map(outcomesByEventId::get)
			.filter(o -> o != null && o.getFinalState() == FinalState.PENDING)
			.filter(o -> !anomaliesByEmployee.containsKey(o.getEmployeeId()))
			.count();
	}

	ProvisioningOutcome outcome(String eventId) {
		return outcomesByEventId.get(eventId);
	}

	PendingAnomaly anomaly(String employeeId) {
		return anomaliesByEmployee.get(employeeId);
	}

	/** The last outcome read for an employee, whichever event produced it. */
	ProvisioningOutcome latestOutcome(String employeeId) {
		return latestByEmployee.get(employeeId);
	}

	/** Every message the auditor asked to send so far. */
	List<Notification> notifications() {
		return List.copyOf(notifications);
	}

	long deadLetters() {
		return deadLetters.get();
	}

	@Override
	public void close() {
		running.set(false);
		try {
			reader.join(5_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

package dev.dialtone.local.measure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingIncident;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.serde.RegistryAvroDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads, from the topics, what the pipeline did for one run's people (employee ids with
 * the run's prefix): every outcome record with its partition and time, the identity
 * records per event id (a second record of one event is a duplicate the producers let
 * through), the anomalies per employee and the incidents of the run's own domains. Reads
 * committed records only, as the auditor's downstream consumers do.
 */
public final class OutcomeWatch implements AutoCloseable {

	private final String prefix;

	private final Set<String> incidentScopes;

	private final Map<String, OutcomeSeen> firstOutcome = new ConcurrentHashMap<>();

	private final List<OutcomeSeen> everyOutcome = new ArrayList<>();

	private final Map<String, AtomicLong> identityRecords = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> anomalyIds = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> incidentIds = new ConcurrentHashMap<>();

	private final AtomicLong deadLetters = new AtomicLong();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Thread reader;

	private OutcomeWatch(String bootstrapServers, String registryUrl, String prefix, Set<String> incidentScopes) {
		this.prefix = prefix + "-";
		this.incidentScopes = Set.copyOf(incidentScopes);
		this.reader = new Thread(() -> read(bootstrapServers, registryUrl), "outcome-watch");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/**
	 * Watches the people whose employee ids start with {@code prefix-}, and the incidents
	 * whose scope is one of {@code incidentScopes}.
	 */
	public static OutcomeWatch start(String bootstrapServers, String registryUrl, String prefix,
			Set<String> incidentScopes) {
		return new OutcomeWatch(bootstrapServers, registryUrl, prefix, incidentScopes);
	}

	private void read(String bootstrapServers, String registryUrl) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "dialtone-measure-" + this.prefix + System.nanoTime(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
				false,
				// the services create their topics as they start: find them soon
				ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5_000, "schema.registry.url", registryUrl,
				"specific.avro.reader", true);
		RegistryAvroDeserializer avro = new RegistryAvroDeserializer();
		avro.configure(config, false);
		String outcomes = DialtoneTopic.PROVISIONING_OUTCOMES.defaultName();
		String identity = DialtoneTopic.IDENTITY_EVENTS.defaultName();
		String deadLetterTopic = DialtoneTopic.IDENTITY_EVENTS_DLT.defaultName();
		String incidents = DialtoneTopic.PENDING_INCIDENTS.defaultName();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(outcomes, identity, deadLetterTopic, incidents,
					DialtoneTopic.PENDING_ANOMALIES.defaultName()));
			while (this.running.get()) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
					boolean ours = record.key() != null && record.key().startsWith(this.prefix);
					if (record.value() == null || (!ours && !record.topic().equals(incidents))) {
						continue;
					}
					if (record.topic().equals(deadLetterTopic)) {
						this.deadLetters.incrementAndGet();
						continue;
					}
					Object value = avro.deserialize(record.topic(), record.value());
					if (value instanceof ProvisioningOutcome outcome && record.topic().equals(outcomes)) {
						seen(new OutcomeSeen(outcome.getEventId(), outcome.getEmployeeId(), record.partition(),
								outcome.getEventOccurredAt(), outcome.getCompletedAt(), Instant.now(),
								outcome.getFinalState(),
								(outcome.getFailureReason() != null) ? outcome.getFailureReason().toString() : null,
								steps(outcome)));
					}
					else if (value instanceof IdentityEvent event) {
						this.identityRecords.computeIfAbsent(event.getEventId(), (id) -> new AtomicLong())
							.incrementAndGet();
					}
					else if (value instanceof PendingAnomaly anomaly) {
						this.anomalyIds.computeIfAbsent(anomaly.getEmployeeId(), (id) -> ConcurrentHashMap.newKeySet())
							.add(anomaly.getAnomalyId());
					}
					else if (value instanceof PendingIncident incident
							&& this.incidentScopes.contains(incident.getScope())) {
						this.incidentIds.computeIfAbsent(incident.getScope(), (id) -> ConcurrentHashMap.newKeySet())
							.add(incident.getIncidentId());
					}
				}
			}
		}
	}

	private void seen(OutcomeSeen outcome) {
		this.firstOutcome.putIfAbsent(outcome.eventId(), outcome);
		synchronized (this.everyOutcome) {
			this.everyOutcome.add(outcome);
		}
	}

	/** The first outcome read for each event id. */
	public Map<String, OutcomeSeen> firstOutcomes() {
		return Map.copyOf(this.firstOutcome);
	}

	/** How many of the given event ids have an outcome. */
	public long answered(Set<String> eventIds) {
		return eventIds.stream().filter(this.firstOutcome::containsKey).count();
	}

	/** Every outcome record read, re-deliveries included, in reading order. */
	public List<OutcomeSeen> everyOutcome() {
		synchronized (this.everyOutcome) {
			return List.copyOf(this.everyOutcome);
		}
	}

	/** Identity records per event id of the run's people. */
	public Map<String, Long> identityRecords() {
		Map<String, Long> counts = new ConcurrentHashMap<>();
		this.identityRecords.forEach((id, count) -> counts.put(id, count.get()));
		return counts;
	}

	/** Distinct anomaly ids per employee. */
	public Map<String, Set<String>> anomalyIds() {
		return Map.copyOf(this.anomalyIds);
	}

	/** Distinct incident ids per watched scope. */
	public Map<String, Set<String>> incidentIds() {
		return Map.copyOf(this.incidentIds);
	}

	public long deadLetters() {
		return this.deadLetters.get();
	}

	@Override
	public void close() {
		this.running.set(false);
		try {
			this.reader.join(5_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String steps(ProvisioningOutcome outcome) {
		return outcome.getSteps()
			.stream()
			.map((step) -> step.getName() + " " + step.getStatus() + " " + step.getDurationMillis())
			.collect(Collectors.joining("; "));
	}

}

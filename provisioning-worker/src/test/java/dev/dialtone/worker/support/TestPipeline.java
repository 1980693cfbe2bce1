package dev.dialtone.worker.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.serde.RegistryAvroDeserializer;
import dev.dialtone.serde.RegistryAvroSerializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The test's side of the broker: publishes identity events (or raw bytes) and collects
 * every outcome by event id.
 */
public final class TestPipeline implements AutoCloseable {

	private final String identityTopic;

	private final KafkaProducer<String, Object> producer;

	private final KafkaProducer<String, byte[]> rawProducer;

	private final KafkaConsumer<String, Object> consumer;

	private final Map<String, ProvisioningOutcome> outcomes = new ConcurrentHashMap<>();

	private final List<ProvisioningOutcome> all = new CopyOnWriteArrayList<>();

	private final Map<String, Instant> arrivals = new ConcurrentHashMap<>();

	private final Thread poller;

	private volatile boolean running = true;

	public TestPipeline(String identityTopic, String outcomesTopic) {
		LocalPlatform platform = LocalPlatform.shared();
		this.identityTopic = identityTopic;
		Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				platform.bootstrapServers(), "schema.registry.url", platform.registryUrl(),
				ProducerConfig.LINGER_MS_CONFIG, 5);
		this.producer = new KafkaProducer<>(producerConfig, new StringSerializer(), serializer(producerConfig));
		this.rawProducer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
		Map<String, Object> consumerConfig = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				platform.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "test-" + outcomesTopic,
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", "schema.registry.url", platform.registryUrl(),
				"specific.avro.reader", true);
		RegistryAvroDeserializer deserializer = new RegistryAvroDeserializer();
		deserializer.configure(consumerConfig, false);
		this.consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), deserializer);
		this.consumer.subscribe(List.of(outcomesTopic));
		this.poller = new Thread(this::poll, "outcomes-" + outcomesTopic);
		this.poller.setDaemon(true);
		this.poller.start();
	}

	/**
	 * @return a pipeline on a test's own {@code <prefix>.identity} and
	 * {@code <prefix>.outcomes} topics
	 */
	public static TestPipeline forPrefix(String prefix) {
		return new TestPipeline(prefix + ".identity", prefix + ".outcomes");
	}

	private static RegistryAvroSerializer serializer(Map<String, Object> config) {
		RegistryAvroSerializer serializer = new RegistryAvroSerializer();
		serializer.configure(config, false);
		return serializer;
	}

	public IdentityEvent publish(IdentityEvent event) {
		this.producer.send(new ProducerRecord<>(this.identityTopic, event.getPerson().getEmployeeId(), event));
		this.producer.flush();
		return event;
	}

	/** Sends all events with one flush at the end (for load). */
	public void publishAll(List<IdentityEvent> events) {
		events.forEach((event) -> this.producer
			.send(new ProducerRecord<>(this.identityTopic, event.getPerson().getEmployeeId(), event)));
		this.producer.flush();
	}

	/**
	 * @return when the outcome of the event reached this test's consumer
	 */
	public Optional<Instant> arrival(String eventId) {
		return Optional.ofNullable(this.arrivals.get(eventId));
	}

	public void publishRaw(String key, byte[] value) {
		this.rawProducer.send(new ProducerRecord<>(this.identityTopic, key, value));
		this.rawProducer.flush();
	}

	public Optional<ProvisioningOutcome> outcome(String eventId) {
		return Optional.ofNullable(this.outcomes.get(eventId));
	}

	/**
	 * @return whether every one of the events has an outcome
	 */
	public boolean answered(Collection<IdentityEvent> events) {
		return events.stream().allMatch((event) -> this.outcomes.containsKey(event.getEventId()));
	}

	/**
	 * @return every outcome received, in arrival order
	 */
	public List<ProvisioningOutcome> all() {
		return List.copyOf(this.all);
	}

	private void poll() {
		try {
			while (this.running) {
				for (ConsumerRecord<String, Object> record : this.consumer.poll(Duration.ofMillis(200))) {
					ProvisioningOutcome outcome = (ProvisioningOutcome) record.value();
					this.all.add(outcome);
					this.arrivals.put(outcome.getEventId(), Instant.now());
					this.outcomes.put(outcome.getEventId(), outcome);
				}
			}
		}
		catch (WakeupException ex) {
			// closing
		}
		finally {
			this.consumer.close();
		}
	}

	@Override
	public void close() {
		this.running = false;
		this.consumer.wakeup();
		this.producer.close();
		this.rawProducer.close();
	}

}

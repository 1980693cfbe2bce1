package dev.dialtone.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker and registry every Dialtone test and the local run share: started once per
 * JVM, on first use, on 127.0.0.1, and stopped when the JVM exits.
 */
public final class LocalPlatform {

	private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

	private static volatile LocalPlatform shared;

	private final KafkaBroker broker;

	private final SchemaRegistry registry;

	private final Map<String, Long> startupMillis;

	private LocalPlatform(KafkaBroker broker, SchemaRegistry registry, Map<String, Long> startupMillis) {
		this.broker = broker;
		this.registry = registry;
		this.startupMillis = startupMillis;
	}

	/** The JVM-wide platform, started on the first call. */
	public static LocalPlatform shared() {
		LocalPlatform platform = shared;
		if (platform == null) {
			synchronized (LocalPlatform.class) {
				platform = shared;
				if (platform == null) {
					platform = startBoth();
					shared = platform;
				}
			}
		}
		return platform;
	}

	private static LocalPlatform startBoth() {
		long t0 = System.nanoTime();
		// The registry is a separate process: start it first and let it boot while the
		// broker formats and starts.
		var registryStart = CompletableFuture.supplyAsync(SchemaRegistry::start);
		KafkaBroker broker = KafkaBroker.start();
		long brokerMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
		Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-stop"));
		SchemaRegistry registry = registryStart.join();
		long registryMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
		log.info("Local platform ready: broker {} in {} ms, registry {} in {} ms", broker.bootstrapServers(), brokerMs,
				registry.url(), registryMs);
		return new LocalPlatform(broker, registry, Map.of("broker", brokerMs, "registry", registryMs));
	}

	public String bootstrapServers() {
		return broker.bootstrapServers();
	}

	/** Confluent-compatible registry base URL (ends in {@code /apis/ccompat/v7}). */
	public String registryUrl() {
		return registry.url();
	}

	/**
	 * Wall-clock start-up of the broker and of the registry, in ms, measured from the
	 * first call.
	 */
	public Map<String, Long> startupMillis() {
		return startupMillis;
	}

	/**
	 * Creates the topics (12 partitions each unless given as {@code name:partitions});
	 * existing ones are kept.
	 */
	public void createTopics(String... topics) {
		List<NewTopic> newTopics = new ArrayList<>();
		Arrays.stream(topics).forEach(t -> {
			String[] parts = t.split(":");
			int partitions = parts.length > 1 ? Integer.parseInt(parts[1]) : 12;
			newTopics.add(new NewTopic(parts[0], partitions, (short) 1));
		});
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
			for (NewTopic topic : newTopics) {
				try {
					admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
				}
				catch (ExecutionException ex) {
					if (!(ex.getCause() instanceof TopicExistsException)) {
						throw new IllegalStateException("Could not create topic " + topic.name(), ex.getCause());
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("Timed out creating topics " + Arrays.toString(topics), ex);
		}
	}

}

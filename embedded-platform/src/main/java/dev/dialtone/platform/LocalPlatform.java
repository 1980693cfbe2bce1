package dev.dialtone.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * JVM, on first use, on 127.0.0.1, and stopped when the JVM exits. {@link #shared()} is a
 * single broker (the fast default); {@link #replicated()} is a three-broker cluster with
 * replication factor 3 and {@code min.insync.replicas} 2, as production runs. Both use
 * the same registry process.
 */
public final class LocalPlatform {

	private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

	private static final int REPLICATED_SIZE = 3;

	private static volatile LocalPlatform shared;

	private static volatile LocalPlatform replicated;

	private static CompletableFuture<SchemaRegistry> registry;

	private final String bootstrapServers;

	private final KafkaCluster cluster;

	private final SchemaRegistry registryProcess;

	private final Map<String, Long> startupMillis;

	private LocalPlatform(String bootstrapServers, KafkaCluster cluster, SchemaRegistry registry,
			Map<String, Long> startupMillis) {
		this.bootstrapServers = bootstrapServers;
		this.cluster = cluster;
		this.registryProcess = registry;
		this.startupMillis = startupMillis;
	}

	/** The JVM-wide single-broker platform, started on the first call. */
	public static LocalPlatform shared() {
		LocalPlatform platform = shared;
		if (platform == null) {
			synchronized (LocalPlatform.class) {
				platform = shared;
				if (platform == null) {
					platform = start(1);
					shared = platform;
				}
			}
		}
		return platform;
	}

	/**
	 * The JVM-wide three-broker platform (replication factor 3, min.insync.replicas 2),
	 * started on the first call.
	 */
	public static LocalPlatform replicated() {
		LocalPlatform platform = replicated;
		if (platform == null) {
			synchronized (LocalPlatform.class) {
				platform = replicated;
				if (platform == null) {
					platform = start(REPLICATED_SIZE);
					replicated = platform;
				}
			}
		}
		return platform;
	}

	private static synchronized CompletableFuture<SchemaRegistry> registry() {
		if (registry == null) {
			// a separate process: let it boot while the brokers format and start
			registry = CompletableFuture.supplyAsync(SchemaRegistry::start);
		}
		return registry;
	}

	private static LocalPlatform start(int brokers) {
		long t0 = System.nanoTime();
		CompletableFuture<SchemaRegistry> registryStart = registry();
		String bootstrap;
		KafkaCluster cluster = null;
		if (brokers == 1) {
			KafkaBroker broker = KafkaBroker.start();
			Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-stop"));
			bootstrap = broker.bootstrapServers();
		}
		else {
			cluster = KafkaCluster.start(brokers);
			Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "kafka-cluster-stop"));
			bootstrap = cluster.bootstrapServers();
		}
		long brokerMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
		SchemaRegistry registry = registryStart.join();
		long registryMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
		log.info("Local platform ready: {} broker(s) {} in {} ms, registry {} in {} ms", brokers, bootstrap, brokerMs,
				registry.url(), registryMs);
		return new LocalPlatform(bootstrap, cluster, registry, Map.of("broker", brokerMs, "registry", registryMs));
	}

	/**
	 * The brokers of the replicated platform, to stop and start one of them; empty for
	 * the single-broker platform.
	 */
	public Optional<KafkaCluster> cluster() {
		return Optional.ofNullable(this.cluster);
	}

	public String bootstrapServers() {
		return this.bootstrapServers;
	}

	/** Confluent-compatible registry base URL (ends in {@code /apis/ccompat/v7}). */
	public String registryUrl() {
		return this.registryProcess.url();
	}

	/**
	 * Wall-clock start-up of the broker and of the registry, in ms, measured from the
	 * first call.
	 */
	public Map<String, Long> startupMillis() {
		return startupMillis;
	}

	/**
	 * Creates the topics (12 partitions each unless given as {@code name:partitions}, the
	 * broker's replication factor); existing ones are kept.
	 */
	public void createTopics(String... topics) {
		List<NewTopic> newTopics = new ArrayList<>();
		Arrays.stream(topics).forEach(t -> {
			String[] parts = t.split(":");
			int partitions = parts.length > 1 ? Integer.parseInt(parts[1]) : 12;
			newTopics.add(new NewTopic(parts[0], Optional.of(partitions), Optional.empty()));
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

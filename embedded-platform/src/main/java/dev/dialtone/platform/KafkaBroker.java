package dev.dialtone.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real KRaft broker (combined broker and controller) running in this JVM, bound to
 * 127.0.0.1 only: alone, or one node of a {@link KafkaCluster}.
 * <p>
 * Spring Kafka's embedded broker pre-binds wildcard sockets; this one formats its own
 * metadata directory and starts {@link KafkaRaftServer} with loopback listeners, so
 * nothing is exposed beyond the machine. It can be stopped and started again on the same
 * ports and data, which is how tests prove nothing is lost while the broker is down.
 */
public final class KafkaBroker implements AutoCloseable {

	private final Path dataDir;

	private final int nodeId;

	private final int brokerPort;

	private final int controllerPort;

	private final String clusterId;

	private final String quorumVoters;

	private final int replicas;

	private KafkaRaftServer server;

	private KafkaBroker(Path dataDir, int nodeId, int brokerPort, int controllerPort, String clusterId,
			String quorumVoters, int replicas) {
		this.dataDir = dataDir;
		this.nodeId = nodeId;
		this.brokerPort = brokerPort;
		this.controllerPort = controllerPort;
		this.clusterId = clusterId;
		this.quorumVoters = quorumVoters;
		this.replicas = replicas;
	}

	/** Formats a fresh data directory and starts a broker on two free loopback ports. */
	public static KafkaBroker start() {
		int brokerPort = FreePorts.next();
		int controllerPort = FreePorts.next();
		KafkaBroker broker = node(1, brokerPort, controllerPort, Uuid.randomUuid().toString(),
				"1@127.0.0.1:" + controllerPort, 1);
		broker.startServer();
		return broker;
	}

	/**
	 * A formatted, not yet started node of a cluster: combined broker and controller,
	 * with topic defaults for {@code replicas} replicas ({@code min.insync.replicas} one
	 * less, at least 1).
	 */
	static KafkaBroker node(int nodeId, int brokerPort, int controllerPort, String clusterId, String quorumVoters,
			int replicas) {
		try {
			KafkaBroker broker = new KafkaBroker(Files.createTempDirectory("dialtone-kafka-" + nodeId + "-"), nodeId,
					brokerPort, controllerPort, clusterId, quorumVoters, replicas);
			broker.format();
			return broker;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int nodeId() {
		return this.nodeId;
	}

	public String bootstrapServers() {
		return "127.0.0.1:" + brokerPort;
	}

	/**
	 * Stops the broker, keeping its data so {@link #restart()} brings the same topics and
	 * offsets back.
	 */
	public synchronized void stop() {
		if (server != null) {
			server.shutdown();
			server.awaitShutdown();
			server = null;
		}
	}

	public synchronized void restart() {
		stop();
		startServer();
	}

	/** Starts a stopped broker again on the same ports and data. */
	public synchronized void startAgain() {
		if (server == null) {
			startServer();
		}
	}

	@Override
	public void close() {
		stop();
	}

	private void format() {
		try {
			new Formatter().setNodeId(nodeId)
				.setClusterId(clusterId)
				.setControllerListenerName("CONTROLLER")
				.setDirectories(List.of(dataDir.toString()))
				.setMetadataLogDirectory(dataDir.toString())
				.setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
				.setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
				.run();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not format the KRaft metadata directory " + dataDir, ex);
		}
	}

	synchronized void startServer() {
		KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(config()), Time.SYSTEM);
		raftServer.startup();
		server = raftServer;
	}

	private Properties config() {
		Properties props = new Properties();
		String replication = Integer.toString(replicas);
		String minInsync = Integer.toString(Math.max(1, replicas - 1));
		props.put("process.roles", "broker,controller");
		props.put("node.id", Integer.toString(nodeId));
		props.put("controller.quorum.voters", quorumVoters);
		props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
		props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
		props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		props.put("controller.listener.names", "CONTROLLER");
		props.put("inter.broker.listener.name", "PLAINTEXT");
		props.put("log.dirs", dataDir.toString());
		props.put("num.partitions", "12");
		// what a production cluster sets: topics created without a replication factor get
		// the broker's
		props.put("default.replication.factor", replication);
		props.put("min.insync.replicas", minInsync);
		props.put("offsets.topic.replication.factor", replication);
		props.put("offsets.topic.num.partitions", "12");
		props.put("transaction.state.log.replication.factor", replication);
		props.put("transaction.state.log.min.isr", minInsync);
		props.put("share.coordinator.state.topic.replication.factor", replication);
		props.put("share.coordinator.state.topic.min.isr", minInsync);
		props.put("group.initial.rebalance.delay.ms", "0");
		props.put("auto.create.topics.enable", "true");
		// Tests and the local run cycle through many short-lived consumers; keep the log
		// cleaner light.
		props.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
		props.put("log.cleaner.backoff.ms", "1000");
		return props;
	}

}

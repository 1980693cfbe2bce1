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
 * A real single-node KRaft broker running in this JVM, bound to 127.0.0.1 only.
 * <p>
 * Spring Kafka's embedded broker pre-binds wildcard sockets; this one formats its own
 * metadata directory and starts {@link KafkaRaftServer} with loopback listeners, so
 * nothing is exposed beyond the machine. It can be stopped and started again on the same
 * ports and data, which is how tests prove nothing is lost while the broker is down.
 */
public final class KafkaBroker implements AutoCloseable {

	private final Path dataDir;

	private final int brokerPort;

	private final int controllerPort;

	private KafkaRaftServer server;

	private KafkaBroker(Path dataDir, int brokerPort, int controllerPort) {
		this.dataDir = dataDir;
		this.brokerPort = brokerPort;
		this.controllerPort = controllerPort;
	}

	/** Formats a fresh data directory and starts a broker on two free loopback ports. */
	public static KafkaBroker start() {
		try {
			KafkaBroker broker = new KafkaBroker(Files.createTempDirectory("dialtone-kafka-"), FreePorts.next(),
					FreePorts.next());
			broker.format();
			broker.startServer();
			return broker;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

	@Override
	public void close() {
		stop();
	}

	private void format() {
		try {
			new Formatter().setNodeId(1)
				.setClusterId(Uuid.randomUuid().toString())
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

	private synchronized void startServer() {
		KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(config()), Time.SYSTEM);
		raftServer.startup();
		server = raftServer;
	}

	private Properties config() {
		Properties props = new Properties();
		props.put("process.roles", "broker,controller");
		props.put("node.id", "1");
		props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
		props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
		props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
		props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		props.put("controller.listener.names", "CONTROLLER");
		props.put("inter.broker.listener.name", "PLAINTEXT");
		props.put("log.dirs", dataDir.toString());
		props.put("num.partitions", "12");
		props.put("offsets.topic.replication.factor", "1");
		props.put("offsets.topic.num.partitions", "12");
		props.put("transaction.state.log.replication.factor", "1");
		props.put("transaction.state.log.min.isr", "1");
		props.put("share.coordinator.state.topic.replication.factor", "1");
		props.put("share.coordinator.state.topic.min.isr", "1");
		props.put("group.initial.rebalance.delay.ms", "0");
		props.put("auto.create.topics.enable", "true");
		// Tests and the local run cycle through many short-lived consumers; keep the log
		// cleaner light.
		props.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
		props.put("log.cleaner.backoff.ms", "1000");
		return props;
	}

}

package dev.dialtone.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.common.Uuid;

/**
 * A real KRaft cluster of several brokers in this JVM, on 127.0.0.1 only, configured as
 * production clusters are: every node a voter of the controller quorum,
 * {@code default.replication.factor} = the number of nodes and
 * {@code min.insync.replicas} one less. Nodes can be stopped and started again one at a
 * time, which is how fault tests take a broker away.
 */
public final class KafkaCluster implements AutoCloseable {

	private final List<KafkaBroker> nodes;

	private KafkaCluster(List<KafkaBroker> nodes) {
		this.nodes = nodes;
	}

	/**
	 * Formats and starts {@code size} nodes (at least 3 for a quorum that survives one
	 * loss).
	 */
	public static KafkaCluster start(int size) {
		if (size < 1) {
			throw new IllegalArgumentException("a cluster needs at least one node, not " + size);
		}
		String clusterId = Uuid.randomUuid().toString();
		int[] brokerPorts = IntStream.range(0, size).map((i) -> FreePorts.next()).toArray();
		int[] controllerPorts = IntStream.range(0, size).map((i) -> FreePorts.next()).toArray();
		String voters = IntStream.range(0, size)
			.mapToObj((i) -> (i + 1) + "@127.0.0.1:" + controllerPorts[i])
			.collect(Collectors.joining(","));
		List<KafkaBroker> nodes = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			nodes.add(KafkaBroker.node(i + 1, brokerPorts[i], controllerPorts[i], clusterId, voters, size));
		}
		// each node waits for the controller quorum while starting: start them together
		CompletableFuture
			.allOf(nodes.stream()
				.map((node) -> CompletableFuture.runAsync(node::startServer))
				.toArray(CompletableFuture[]::new))
			.join();
		return new KafkaCluster(List.copyOf(nodes));
	}

	/** Every node's listener, comma-separated. */
	public String bootstrapServers() {
		return this.nodes.stream().map(KafkaBroker::bootstrapServers).collect(Collectors.joining(","));
	}

	public int size() {
		return this.nodes.size();
	}

	/** The node with Kafka's {@code node.id} {@code id} (1-based). */
	public KafkaBroker node(int id) {
		return this.nodes.stream()
			.filter((node) -> node.nodeId() == id)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no node " + id + " in a cluster of " + size()));
	}

	@Override
	public void close() {
		CompletableFuture
			.allOf(this.nodes.stream()
				.map((node) -> CompletableFuture.runAsync(node::close))
				.toArray(CompletableFuture[]::new))
			.join();
	}

}

package dev.dialtone.local;

import java.util.ArrayList;
import java.util.List;

/**
 * How the local stack runs: extra command-line properties per service (e.g. to switch on
 * remediation in a test), which platform it runs on, whether the catalogue's topics are
 * created before the services start, how many instances of each service run and with
 * which JVM settings.
 *
 * @param workerArgs extra worker properties
 * @param auditorArgs extra auditor properties
 * @param replicated run on the three-broker platform (replication factor 3,
 * min.insync.replicas 2) instead of the single broker
 * @param precreateTopics create every catalogue topic up front, so a tally can subscribe
 * from the first record; when false each service creates the topics it writes
 * @param producerArgs extra producer properties
 * @param workers worker instances (one consumer group)
 * @param auditors auditor instances (one consumer group)
 * @param producers producer instances, each on its own port
 * @param jvm the services' JVM settings
 */
public record StackOptions(List<String> workerArgs, List<String> auditorArgs, boolean replicated,
		boolean precreateTopics, List<String> producerArgs, int workers, int auditors, int producers, JvmProfile jvm) {

	public StackOptions {
		workerArgs = List.copyOf(workerArgs);
		auditorArgs = List.copyOf(auditorArgs);
		producerArgs = List.copyOf(producerArgs);
		if (workers < 1 || auditors < 1 || producers < 1) {
			throw new IllegalArgumentException("every service needs at least one instance, not " + workers
					+ " workers, " + auditors + " auditors, " + producers + " producers");
		}
	}

	public StackOptions(List<String> workerArgs, List<String> auditorArgs, boolean replicated,
			boolean precreateTopics) {
		this(workerArgs, auditorArgs, replicated, precreateTopics, List.of(), 1, 1, 1, JvmProfile.DEMO);
	}

	public StackOptions(List<String> workerArgs, List<String> auditorArgs) {
		this(workerArgs, auditorArgs, false, true);
	}

	public static StackOptions defaults() {
		return new StackOptions(List.of(), List.of());
	}

	/**
	 * The same stack on the three-broker platform, every topic created by the service
	 * that writes it.
	 */
	public StackOptions onReplicatedPlatform() {
		return new StackOptions(this.workerArgs, this.auditorArgs, true, false, this.producerArgs, this.workers,
				this.auditors, this.producers, this.jvm);
	}

	/** The same stack with this many instances of each service. */
	public StackOptions withInstances(int workers, int auditors, int producers) {
		return new StackOptions(this.workerArgs, this.auditorArgs, this.replicated, this.precreateTopics,
				this.producerArgs, workers, auditors, producers, this.jvm);
	}

	/** The same stack with the services on other JVM settings. */
	public StackOptions withJvm(JvmProfile jvm) {
		return new StackOptions(this.workerArgs, this.auditorArgs, this.replicated, this.precreateTopics,
				this.producerArgs, this.workers, this.auditors, this.producers, jvm);
	}

	/** The same stack with more properties for every worker, auditor and producer. */
	public StackOptions withArgs(List<String> worker, List<String> auditor, List<String> producer) {
		return new StackOptions(concat(this.workerArgs, worker), concat(this.auditorArgs, auditor), this.replicated,
				this.precreateTopics, concat(this.producerArgs, producer), this.workers, this.auditors, this.producers,
				this.jvm);
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

}

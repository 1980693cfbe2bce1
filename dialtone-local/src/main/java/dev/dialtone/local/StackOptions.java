package dev.dialtone.local;

import java.util.List;

/**
 * How the local stack runs: extra command-line properties for the worker and the auditor
 * (e.g. to switch on remediation in a test), which platform it runs on, and whether the
 * catalogue's topics are created before the services start.
 *
 * @param workerArgs extra worker properties
 * @param auditorArgs extra auditor properties
 * @param replicated run on the three-broker platform (replication factor 3,
 * min.insync.replicas 2) instead of the single broker
 * @param precreateTopics create every catalogue topic up front, so a tally can subscribe
 * from the first record; when false each service creates the topics it writes
 */
public record StackOptions(List<String> workerArgs, List<String> auditorArgs, boolean replicated,
		boolean precreateTopics) {

	public StackOptions {
		workerArgs = List.copyOf(workerArgs);
		auditorArgs = List.copyOf(auditorArgs);
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
		return new StackOptions(this.workerArgs, this.auditorArgs, true, false);
	}

}

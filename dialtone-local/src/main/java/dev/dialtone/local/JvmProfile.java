package dev.dialtone.local;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM flags a service process runs with. The local demo starts fast (C1 only, which
 * halves start-up on two cores but leaves steady-state code slower); measurements run the
 * services as they run in production: full tiered compilation, G1, and a heap sized so
 * that the whole process stays within its memory limit (the worker's RSS within 512 MB).
 */
public enum JvmProfile {

	/** Fast start-up for the local demo and the end-to-end tests. */
	DEMO,

	/** Long-running services, as measured by the benchmark and the fault suite. */
	SERVICE;

	/** The flags for one service, by its module name. */
	List<String> flags(String service) {
		List<String> flags = new ArrayList<>();
		if (this == DEMO) {
			flags.addAll(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k"));
			return flags;
		}
		flags.add("-Xmx" + heapMiB(service) + "m");
		flags.add("-Xms128m");
		// heap + metaspace + code cache + thread stacks + direct buffers is what the
		// RSS holds: each is capped so the sum stays inside the service's limit
		flags.addAll(List.of("-XX:+UseG1GC", "-XX:MaxMetaspaceSize=192m", "-XX:ReservedCodeCacheSize=96m",
				"-XX:MaxDirectMemorySize=64m", "-Xss512k", "-XX:+ExitOnOutOfMemoryError"));
		return flags;
	}

	private static int heapMiB(String service) {
		return switch (service) {
			// the simulator keeps the request log of a whole benchmark run
			case "zoom-simulator" -> 1536;
			case "provisioning-worker" -> 256;
			default -> 320;
		};
	}

}

package dev.dialtone.worker.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The worker as the local run starts it: its own JVM from the {@code -exec.jar}, so its
 * RSS is the worker's alone (broker, registry and simulator live in the benchmark's JVM).
 */
final class WorkerProcess implements AutoCloseable {

	private final Process process;

	private final Path log;

	private WorkerProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	static WorkerProcess start(Path jar, Map<String, Object> properties, Path log) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
						jar.toString()));
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		WorkerProcess worker = new WorkerProcess(process, log);
		await().atMost(Duration.ofSeconds(120)).until(() -> worker.logContains("Owning 12 identity partitions"));
		return worker;
	}

	boolean logContains(String text) throws IOException {
		if (!this.process.isAlive()) {
			throw new IllegalStateException("worker exited, see " + this.log);
		}
		return Files.exists(this.log) && Files.readString(this.log).contains(text);
	}

	/**
	 * @return resident set size now and at its peak, in MiB
	 */
	long[] rssMiB() throws IOException {
		long rss = 0;
		long peak = 0;
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(this.process.pid()), "status"))) {
			if (line.startsWith("VmRSS:")) {
				rss = kib(line) / 1024;
			}
			if (line.startsWith("VmHWM:")) {
				peak = kib(line) / 1024;
			}
		}
		return new long[] { rss, peak };
	}

	private static long kib(String line) {
		return Long.parseLong(line.replaceAll("[^0-9]", ""));
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor();
	}

}

package dev.dialtone.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Dialtone service started from its executable jar as a child process, the way it
 * runs in production, with its output in a log file and its readiness taken from
 * {@code /actuator/health}.
 */
public final class ServiceProcess implements AutoCloseable {

	private final String name;

	private final ProcessBuilder builder;

	private final int port;

	private final Path log;

	private volatile Process process;

	private ServiceProcess(String name, ProcessBuilder builder, int port, Path log) {
		this.name = name;
		this.builder = builder;
		this.port = port;
		this.log = log;
	}

	static ServiceProcess start(String name, Path jar, int port, Map<String, String> env, List<String> args,
			Path logDir) {
		return start(name, name, jar, JvmProfile.DEMO, port, env, args, logDir);
	}

	/**
	 * Starts {@code service}'s jar as the instance {@code name} (its log is
	 * {@code <name>.log}; a restart appends to it).
	 */
	static ServiceProcess start(String name, String service, Path jar, JvmProfile jvm, int port,
			Map<String, String> env, List<String> args, Path logDir) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvm.flags(service));
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1"));
		command.addAll(args);
		try {
			Files.createDirectories(logDir);
			Path log = logDir.resolve(name + ".log");
			Files.deleteIfExists(log);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().putAll(env);
			ServiceProcess instance = new ServiceProcess(name, builder, port, log);
			instance.launch();
			Runtime.getRuntime().addShutdownHook(new Thread(instance::close, name + "-stop"));
			return instance;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start " + name + " from " + jar, ex);
		}
	}

	private synchronized void launch() {
		try {
			this.process = this.builder.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start " + this.name, ex);
		}
	}

	/**
	 * Kills the process with SIGKILL (what {@link Process#destroyForcibly()} sends on
	 * Linux): no shutdown hook, no graceful leave of its consumer group, no flush.
	 * Returns once the process is gone, with its exit value (137 = 128 + SIGKILL).
	 */
	public synchronized int kill() {
		Process current = this.process;
		current.destroyForcibly();
		try {
			return current.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Starts the same command again (same port, environment and arguments; the log is
	 * appended to) and waits until it is healthy.
	 */
	public void startAgain(Duration timeout) {
		synchronized (this) {
			if (this.process.isAlive()) {
				throw new IllegalStateException(this.name + " is still running (pid " + pid() + ")");
			}
			launch();
		}
		awaitHealthy(timeout);
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** Resident memory now and at its peak, from {@code /proc/<pid>/status}. */
	public Rss rss() {
		return Rss.of(pid());
	}

	public String name() {
		return name;
	}

	/** The operating-system process id. */
	public long pid() {
		return this.process.pid();
	}

	public int port() {
		return port;
	}

	/** Base URL of the service on 127.0.0.1. */
	public String url() {
		return "http://127.0.0.1:" + port;
	}

	Path log() {
		return log;
	}

	/** Waits until the service reports UP on its health endpoint. */
	public void awaitHealthy(Duration timeout) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + " during start-up; "
						+ log + " ends with:\n" + tail(20));
			}
			try {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("UP")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			pause(250);
		}
		throw new IllegalStateException(name + " was not healthy within " + timeout + "; see " + log);
	}

	/** The last lines of the service's log, for error messages. */
	String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(log);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(log unreadable: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void close() {
		Process process = this.process;
		if (process == null || !process.isAlive()) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(15, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

package dev.dialtone.platform;

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
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;

/**
 * A real Apicurio Registry (Confluent-compatible API under {@code /apis/ccompat/v7}) as a
 * child process on 127.0.0.1.
 * <p>
 * Apicurio's global compatibility default is NONE; it is set to BACKWARD here so the
 * registry rejects the same schema changes a Confluent Schema Registry would.
 */
public final class SchemaRegistry implements AutoCloseable {

	static final String RUNNER_PROPERTY = "dialtone.apicurio.runner";

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

	private final Process process;

	private final int port;

	private SchemaRegistry(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** Starts the registry and waits until its Confluent-compatible API answers. */
	public static SchemaRegistry start() {
		int port = FreePorts.next();
		Path runner = runnerJar();
		Path log = runner.getParent().resolve("apicurio-" + port + ".log");
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
				"-Dquarkus.log.level=WARN", "-Dquarkus.banner.enabled=false", "-jar", runner.toString()));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			SchemaRegistry registry = new SchemaRegistry(process, port);
			Runtime.getRuntime().addShutdownHook(new Thread(registry::close, "apicurio-stop"));
			registry.awaitReady(log);
			registry.put("/config", "{\"compatibility\":\"BACKWARD\"}");
			return registry;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start Apicurio from " + runner, ex);
		}
	}

	/**
	 * Base URL of the Confluent-compatible API, as serializers expect it in
	 * {@code schema.registry.url}.
	 */
	public String url() {
		return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}

	private void awaitReady(Path log) {
		HttpClient http = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Apicurio exited during start-up; see " + log);
			}
			try {
				HttpResponse<Void> response = http.send(
						HttpRequest.newBuilder(URI.create(url() + "/subjects")).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
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
			pause();
		}
		close();
		throw new IllegalStateException("Apicurio did not answer within " + STARTUP_TIMEOUT + "; see " + log);
	}

	private void put(String path, String json) throws IOException {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url() + path))
					.header("Content-Type", "application/vnd.schemaregistry.v1+json")
					.PUT(HttpRequest.BodyPublishers.ofString(json))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException(
						"PUT " + path + " answered " + response.statusCode() + ": " + response.body());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static Path runnerJar() {
		String override = System.getProperty(RUNNER_PROPERTY, System.getenv("DIALTONE_APICURIO_RUNNER"));
		if (override != null && !override.isBlank()) {
			return Path.of(override);
		}
		Path dir = RepositoryLayout.root().resolve("embedded-platform/target/apicurio");
		try (var files = Files.list(dir)) {
			return files.filter(p -> p.getFileName().toString().endsWith("-runner.jar")).findFirst().orElseThrow();
		}
		catch (IOException | NoSuchElementException ex) {
			throw new IllegalStateException("Apicurio is not unpacked in " + dir
					+ "; run ./mvnw -pl embedded-platform generate-resources (or set -D" + RUNNER_PROPERTY + ")", ex);
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}

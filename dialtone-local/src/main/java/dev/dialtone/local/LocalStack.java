package dev.dialtone.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.dialtone.platform.FreePorts;
import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.zoom.simulator.seed.Seed;

/**
 * The whole pipeline on one machine: the shared broker and registry, the Zoom simulator,
 * and the producer, worker and auditor, each service a process started from its
 * executable jar and wired together on 127.0.0.1.
 */
public final class LocalStack implements AutoCloseable {

	/** Bearer token of the producer's `demo` source in the local stack. */
	public static final String PRODUCER_TOKEN = "local-demo-token";

	static final String WEBHOOK_SECRET = "local-webhook-secret";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final LocalPlatform platform;

	private final List<ServiceProcess> services = new ArrayList<>();

	private ServiceProcess simulator;

	private ServiceProcess producer;

	private ServiceProcess worker;

	private ServiceProcess auditor;

	private LocalSignIn signIn;

	private LocalStack(LocalPlatform platform) {
		this.platform = platform;
	}

	/**
	 * Starts everything; {@code seed} is the simulated Zoom account, {@code logDir}
	 * receives each service's log.
	 */
	public static LocalStack start(Seed seed, Path logDir, StackOptions options) {
		LocalPlatform platform = options.replicated() ? LocalPlatform.replicated() : LocalPlatform.shared();
		if (options.precreateTopics()) {
			CatalogueTopics.create(platform.bootstrapServers());
		}
		LocalStack stack = new LocalStack(platform);
		try {
			stack.startServices(seed, logDir, options);
			return stack;
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	private void startServices(Seed seed, Path logDir, StackOptions options) {
		int simulatorPort = FreePorts.next();
		int auditorPort = FreePorts.next();
		String auditorUrl = "http://127.0.0.1:" + auditorPort;
		signIn = LocalSignIn.start(auditorUrl);
		Path seedFile = writeSeed(
				seed.toBuilder().webhook("http://127.0.0.1:" + auditorPort + "/webhooks/zoom", WEBHOOK_SECRET).build(),
				logDir);
		simulator = add(ServiceProcess.start("zoom-simulator", ServiceJars.of("zoom-simulator"), simulatorPort,
				Map.of(), List.of("--zoom.simulator.seed=" + seedFile), logDir));
		Map<String, String> env = kafkaEnv();
		env.put("ZOOM_ACCOUNT_ID", seed.account().id());
		env.put("ZOOM_CLIENT_ID", seed.credentials().clientId());
		env.put("ZOOM_CLIENT_SECRET", seed.credentials().clientSecret());
		List<String> zoom = List.of("--dialtone.zoom.api-base-url=" + simulator.url() + "/v2",
				"--dialtone.zoom.oauth-url=" + simulator.url() + "/oauth/token",
				"--dialtone.zoom.plan=" + seed.account().plan());
		// secrets go by environment, never as arguments (world-readable in
		// /proc/<pid>/cmdline)
		Map<String, String> producerEnv = kafkaEnv();
		producerEnv.put("DIALTONE_DEMO_TOKEN", PRODUCER_TOKEN);
		producer = add(ServiceProcess.start("provisioning-producer", ServiceJars.of("provisioning-producer"),
				FreePorts.next(), producerEnv, List.of(), logDir));
		List<String> workerArgs = new ArrayList<>(zoom);
		workerArgs.addAll(options.workerArgs());
		Map<String, String> workerEnv = new HashMap<>(env);
		workerEnv.putAll(signIn.workerEnvironment());
		worker = add(ServiceProcess.start("provisioning-worker", ServiceJars.of("provisioning-worker"),
				FreePorts.next(), workerEnv, workerArgs, logDir));
		List<String> auditorArgs = new ArrayList<>(zoom);
		auditorArgs.addAll(options.auditorArgs());
		Map<String, String> auditorEnv = new HashMap<>(env);
		auditorEnv.put("ZOOM_WEBHOOK_SECRET_TOKEN", WEBHOOK_SECRET);
		auditorEnv.putAll(signIn.auditorEnvironment(auditorUrl));
		auditor = add(ServiceProcess.start("status-auditor", ServiceJars.of("status-auditor"), auditorPort, auditorEnv,
				auditorArgs, logDir));
		CompletableFuture
			.allOf(services.stream()
				.map(s -> CompletableFuture.runAsync(() -> s.awaitHealthy(START_TIMEOUT)))
				.toArray(CompletableFuture[]::new))
			.join();
	}

	private Map<String, String> kafkaEnv() {
		Map<String, String> env = new HashMap<>();
		env.put("DIALTONE_KAFKA_BOOTSTRAP", platform.bootstrapServers());
		env.put("DIALTONE_SCHEMA_REGISTRY_URL", platform.registryUrl());
		return env;
	}

	private ServiceProcess add(ServiceProcess service) {
		services.add(service);
		return service;
	}

	private static Path writeSeed(Seed seed, Path logDir) {
		try {
			Files.createDirectories(logDir);
			// the seed holds the simulated app's client secret and webhook secret:
			// owner-only
			Path file = logDir.resolve("zoom-seed.yaml");
			Files.deleteIfExists(file);
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(file, seed.toYaml());
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public LocalPlatform platform() {
		return platform;
	}

	public ServiceProcess simulator() {
		return simulator;
	}

	public ServiceProcess producer() {
		return producer;
	}

	public ServiceProcess worker() {
		return worker;
	}

	public ServiceProcess auditor() {
		return auditor;
	}

	/** How people and machines sign in to the auditor and the worker in this stack. */
	LocalSignIn signIn() {
		return signIn;
	}

	@Override
	public void close() {
		for (int i = services.size() - 1; i >= 0; i--) {
			services.get(i).close();
		}
		if (signIn != null) {
			signIn.close();
		}
	}

}

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

	// generous: a stack of eight JVMs on two cores shared with other builds can take
	// minutes
	private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

	private final LocalPlatform platform;

	private final List<ServiceProcess> services = new ArrayList<>();

	private final List<ServiceProcess> producers = new ArrayList<>();

	private final List<ServiceProcess> workers = new ArrayList<>();

	private final List<ServiceProcess> auditors = new ArrayList<>();

	private ServiceProcess simulator;

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
		JvmProfile jvm = options.jvm();
		int simulatorPort = FreePorts.next();
		List<Integer> auditorPorts = new ArrayList<>();
		for (int i = 0; i < options.auditors(); i++) {
			auditorPorts.add(FreePorts.next());
		}
		// Zoom sends its webhooks to one URL: the first auditor's (behind a load balancer
		// in production)
		String auditorUrl = "http://127.0.0.1:" + auditorPorts.get(0);
		signIn = LocalSignIn.start(auditorUrl);
		Path seedFile = writeSeed(seed.toBuilder().webhook(auditorUrl + "/webhooks/zoom", WEBHOOK_SECRET).build(),
				logDir);
		simulator = add(ServiceProcess.start("zoom-simulator", "zoom-simulator", ServiceJars.of("zoom-simulator"), jvm,
				simulatorPort, Map.of(), List.of("--zoom.simulator.seed=" + seedFile), logDir));
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
		for (int i = 1; i <= options.producers(); i++) {
			producers.add(add(ServiceProcess.start(instance("provisioning-producer", i), "provisioning-producer",
					ServiceJars.of("provisioning-producer"), jvm, FreePorts.next(), producerEnv, options.producerArgs(),
					logDir)));
		}
		List<String> workerArgs = new ArrayList<>(zoom);
		workerArgs.addAll(options.workerArgs());
		Map<String, String> workerEnv = new HashMap<>(env);
		workerEnv.putAll(signIn.workerEnvironment());
		for (int i = 1; i <= options.workers(); i++) {
			workers.add(add(ServiceProcess.start(instance("provisioning-worker", i), "provisioning-worker",
					ServiceJars.of("provisioning-worker"), jvm, FreePorts.next(), workerEnv, workerArgs, logDir)));
		}
		List<String> auditorArgs = new ArrayList<>(zoom);
		auditorArgs.addAll(options.auditorArgs());
		for (int i = 1; i <= options.auditors(); i++) {
			String url = "http://127.0.0.1:" + auditorPorts.get(i - 1);
			Map<String, String> auditorEnv = new HashMap<>(env);
			auditorEnv.put("ZOOM_WEBHOOK_SECRET_TOKEN", WEBHOOK_SECRET);
			auditorEnv.putAll(signIn.auditorEnvironment(url));
			auditors.add(add(ServiceProcess.start(instance("status-auditor", i), "status-auditor",
					ServiceJars.of("status-auditor"), jvm, auditorPorts.get(i - 1), auditorEnv, auditorArgs, logDir)));
		}
		CompletableFuture
			.allOf(services.stream()
				.map(s -> CompletableFuture.runAsync(() -> s.awaitHealthy(START_TIMEOUT)))
				.toArray(CompletableFuture[]::new))
			.join();
	}

	/**
	 * The first instance keeps the service's name (and log file); others are numbered.
	 */
	private static String instance(String service, int number) {
		return (number == 1) ? service : service + "-" + number;
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

	/** The first producer. */
	public ServiceProcess producer() {
		return producers.get(0);
	}

	/** The first worker. */
	public ServiceProcess worker() {
		return workers.get(0);
	}

	/** The first auditor (the one Zoom's webhooks reach). */
	public ServiceProcess auditor() {
		return auditors.get(0);
	}

	/** Every producer instance, in start order. */
	public List<ServiceProcess> producers() {
		return List.copyOf(producers);
	}

	/** Every worker instance (members of one consumer group), in start order. */
	public List<ServiceProcess> workers() {
		return List.copyOf(workers);
	}

	/** Every auditor instance, in start order. */
	public List<ServiceProcess> auditors() {
		return List.copyOf(auditors);
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

package dev.dialtone.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.dialtone.platform.RepositoryLayout;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.slf4j.bridge.SLF4JBridgeHandler;
import tools.jackson.databind.JsonNode;

/**
 * The main job on an embedded default: starts broker, registry, Zoom simulator and the
 * three services on this machine, provisions the bundled sample of hires through the
 * producer's HTTP API, and prints what came out.
 */
public final class LocalRun {

	private static final Duration DEADLINE = Duration.ofMinutes(5);

	private LocalRun() {
	}

	public static void main(String[] args) {
		// the identity provider's Tomcat logs through java.util.logging; the run's
		// logback
		// config (warnings only) should govern it like everything else
		SLF4JBridgeHandler.removeHandlersForRootLogger();
		SLF4JBridgeHandler.install();
		try {
			System.exit(run(args));
		}
		catch (Exception ex) {
			// The embedded broker's threads would keep the JVM alive after a failed
			// start; exit loudly instead.
			System.err.println("Local run failed: " + ex.getMessage());
			ex.printStackTrace();
			System.exit(2);
		}
	}

	static int run(String[] args) throws Exception {
		boolean keepRunning = List.of(args).contains("--keep-running");
		PrintStream out = System.out;
		Instant start = Instant.now();
		Path logDir = RepositoryLayout.root().resolve("dialtone-local/target/local-run");
		out.println("Dialtone local run: starting Kafka, schema registry, Zoom simulator, producer, worker, auditor…");
		try (LocalStack stack = LocalStack.start(demoSeed(), logDir, DemoSettings.options())) {
			out.printf("Stack up in %.1fs (logs in %s)%n", Duration.between(start, Instant.now()).toMillis() / 1000.0,
					logDir);
			RunSummary summary = provision(stack, sample(args), out, start);
			summary.print(out);
			if (keepRunning) {
				printUrls(out, stack);
				Thread.currentThread().join();
			}
			if (summary.withOutcome() != summary.submitted()) {
				out.println("Not every hire reached an outcome within " + DEADLINE + "; see the logs in " + logDir);
				return 1;
			}
		}
		return 0;
	}

	/**
	 * Submits the hires through the producer and waits for their outcomes and
	 * classifications.
	 */
	public static RunSummary provision(LocalStack stack, List<JsonNode> hires, PrintStream out, Instant start) {
		try (PipelineTally tally = new PipelineTally(stack.platform().bootstrapServers(),
				stack.platform().registryUrl())) {
			Instant submitted = Instant.now();
			Set<String> eventIds = new HashSet<>(
					new ProducerApi(stack.producer().url(), LocalStack.PRODUCER_TOKEN).submit(hires, 50));
			out.printf("Submitted %d hires to the producer; waiting for outcomes…%n", eventIds.size());
			Instant done = new Progress(tally, eventIds, System.err).awaitAll(submitted, DEADLINE);
			return RunSummary.of(tally, eventIds, Duration.between(submitted, done),
					Duration.between(start, Instant.now()));
		}
	}

	private static void printUrls(PrintStream out, LocalStack stack) {
		out.println("Still running (Ctrl-C to stop):");
		out.println("  producer API      " + stack.producer().url() + "/api/v1/events");
		out.println("  auditor page      " + stack.auditor().url() + "/");
		out.println("                    sign in as '" + LocalSignIn.OPERATOR + "' with password "
				+ stack.signIn().operatorPassword() + " (generated for this run; OPERATOR role)");
		out.println("  identity provider " + stack.signIn().issuerUri() + " (OpenID Connect, in this process)");
		out.println("  worker metrics    " + stack.worker().url() + "/actuator/prometheus");
		out.println("  Zoom simulator    " + stack.simulator().url() + "/_sim");
	}

	public static List<JsonNode> bundledSample() {
		try (InputStream in = LocalRun.class.getResourceAsStream("/sample-hires.json")) {
			return ProducerApi.readEvents(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<JsonNode> sample(String[] args) throws Exception {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals("--sample")) {
				try (InputStream in = Files.newInputStream(Path.of(args[i + 1]))) {
					return ProducerApi.readEvents(in);
				}
			}
		}
		return bundledSample();
	}

	public static Seed demoSeed() {
		// The bundled demo world, with a second block of numbers so every sample hire can
		// get a direct line.
		return Seed.builder().numberPool("site-nyc-01", "+12125551000", 300).build();
	}

}

package dev.dialtone.diagnose;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomClientProperties;
import dev.dialtone.zoom.client.ratelimit.Plan;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seed.SeedUser;
import dev.dialtone.zoom.simulator.seed.SeedBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Reads and classifies a simulated account of 10,000 users of whom 2,000 are pending
 * (1,000 on an unverified domain, 500 on an unlisted one, 300 owners of a personal
 * account, 200 made with action=create) within a Business+ plan's limits, and writes the
 * Zoom calls and the time to {@code target/benchmark/diagnose-10k.txt}. The account sweep
 * makes the same reads (managed_domains and every page of pending users).
 * <p>
 * {@code ./mvnw -B -q test-compile exec:java -pl dialtone-diagnose
 * -Dexec.mainClass=dev.dialtone.diagnose.DiagnoseBenchmark -Dexec.classpathScope=test}
 */
public final class DiagnoseBenchmark {

	private DiagnoseBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		DemoWorld.quietLogging();
		SeedBuilder seed = Seed.builder();
		List<SeedUser> users = new ArrayList<>();
		add(users, 8000, "active", "corp.example", "ssoCreate");
		add(users, 1000, "unverified", "acquired.example", "ssoCreate");
		add(users, 500, "unlisted", "typo-corp.example", "ssoCreate");
		for (int i = 0; i < 300; i++) {
			seed.personalAccount("personal" + i + "@corp.example");
			users.add(new SeedUser("personal" + i + "@corp.example", "P", "N", "ssoCreate", false, null));
		}
		add(users, 200, "invited", "corp.example", "create");
		Instant seeding = Instant.now();
		try (ZoomSimulator simulator = ZoomSimulator.start(seed.users(users).build())) {
			Duration seeded = Duration.between(seeding, Instant.now());
			simulator.clearRequestLog();
			Instant start = Instant.now();
			Diagnosis diagnosis;
			int requests;
			ZoomClientProperties properties = ZoomClientProperties
				.of(URI.create(simulator.baseUrl()), URI.create(simulator.oauthUrl()), simulator.accountId(),
						simulator.clientId(), simulator.clientSecret())
				.withPlan(Plan.BUSINESS_PLUS, null);
			try (ZoomClient zoom = ZoomClient.create(properties, new SimpleMeterRegistry())) {
				AccountReader reader = new AccountReader(zoom, new ProgressBar(System.err, false));
				diagnosis = new Diagnoser(reader, Clock.systemUTC()).diagnose(new Diagnosis.Account("simulator-demo",
						simulator.accountId(), simulator.baseUrl(), "BUSINESS_PLUS", 1.0));
				requests = reader.requests();
			}
			Duration took = Duration.between(start, Instant.now());
			String loadavg = Files.readString(Path.of("/proc/loadavg")).strip();
			String result = String.format(
					"account: 10,000 users, %s pending by cause %s (seeded in %d ms)%n"
							+ "plan BUSINESS_PLUS, share 1.0; Zoom requests: %d (simulator log: %d to /v2)%n"
							+ "time: %d ms to read managed_domains, every pending page (300 per page) and the"
							+ " deactivated phone users, and classify each%nload average: %s%n",
					diagnosis.pendingUsers().size(), diagnosis.pendingByCause(), seeded.toMillis(), requests,
					simulator.requestLog().stream().filter((e) -> e.path().startsWith("/v2/")).count(), took.toMillis(),
					loadavg);
			// exec:java runs in the reactor's root when started from there
			Path module = Files.isDirectory(Path.of("dialtone-diagnose")) ? Path.of("dialtone-diagnose") : Path.of(".");
			Path out = module.resolve(Path.of("target", "benchmark", "diagnose-10k.txt"));
			Files.createDirectories(out.getParent());
			Files.writeString(out, result);
			System.out.print(result);
		}
	}

	private static void add(List<SeedUser> users, int count, String prefix, String domain, String action) {
		for (int i = 0; i < count; i++) {
			users.add(new SeedUser(prefix + i + "@" + domain, "P", "N" + i, action, false, null));
		}
	}

}

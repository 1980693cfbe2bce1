package dev.dialtone.diagnose;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.dialtone.zoom.client.ZoomClientProperties;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.control.RequestLogEntry;
import dev.dialtone.zoom.simulator.seed.Seed;

/**
 * The Zoom simulator in this JVM, seeded with the demo world and the users an account
 * holds before Dialtone ({@link Seed#demoWithExistingUsers()}): what the command
 * diagnoses on a machine with no Zoom credentials. Its request log shows afterwards that
 * nothing was written.
 */
final class DemoWorld implements AutoCloseable {

	private final ZoomSimulator simulator;

	private DemoWorld(ZoomSimulator simulator) {
		this.simulator = simulator;
	}

	static DemoWorld start() {
		ZoomSimulator simulator = ZoomSimulator.start(Seed.demoWithExistingUsers());
		simulator.clearRequestLog();
		return new DemoWorld(simulator);
	}

	/** The simulator's embedded Tomcat logs through java.util.logging: warnings only. */
	static void quietLogging() {
		Logger.getLogger("").setLevel(Level.WARNING);
		Logger.getLogger("org.apache").setLevel(Level.WARNING);
	}

	ZoomClientProperties properties() {
		return ZoomClientProperties.of(URI.create(this.simulator.baseUrl()), URI.create(this.simulator.oauthUrl()),
				this.simulator.accountId(), this.simulator.clientId(), this.simulator.clientSecret());
	}

	/** The simulator's own record of the calls it answered, by method, for /v2 paths. */
	String requestSummary() {
		List<RequestLogEntry> log = this.simulator.requestLog();
		Map<String, Integer> byMethod = new TreeMap<>();
		log.stream()
			.filter((entry) -> entry.path().startsWith("/v2/"))
			.forEach((entry) -> byMethod.merge(entry.method(), 1, Integer::sum));
		long tokens = log.stream().filter((entry) -> entry.path().startsWith("/oauth/")).count();
		return "Simulator request log: " + byMethod + " to /v2 and " + tokens + " token request(s)";
	}

	@Override
	public void close() {
		this.simulator.close();
	}

}

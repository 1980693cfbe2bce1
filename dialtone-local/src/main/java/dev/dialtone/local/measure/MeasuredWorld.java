package dev.dialtone.local.measure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.dialtone.local.DemoSettings;
import dev.dialtone.local.StackOptions;
import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.SeedBuilder;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The simulated Zoom account a measurement runs against: the demo world on the given
 * plan, with enough numbers and calling-plan licences for every hire, an extension range
 * of 100,000 (100000–199999) at the NYC site, a request log large enough to hold every
 * call of the run, and optionally an unverified domain whose hires come out pending.
 */
public final class MeasuredWorld {

	/** The demo world's site, as the producer knows it. */
	public static final String SITE_CODE = "NYC";

	public static final int CALLING_PLAN = 200;

	private static final String SITE_ID = "site-nyc-01";

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private MeasuredWorld() {
	}

	/**
	 * @param plan FREE, PRO, BUSINESS_PLUS, …
	 * @param hires how many people will get a number and a licence
	 * @param unverifiedDomain a domain the account lists as unverified, or null
	 */
	public static Seed seed(String plan, int hires, String unverifiedDomain) {
		SeedBuilder builder = Seed.builder()
			.plan(plan)
			// a block of its own after the demo's 200 numbers (+12125550100..299)
			.numberPool(SITE_ID, "+13125550000", hires + 500)
			.callingPlan(CALLING_PLAN, "UNLIMITED_PLAN_US_CA", hires + 1_000);
		if (unverifiedDomain != null) {
			builder.domain(unverifiedDomain, "unverified");
		}
		ObjectNode tree = (ObjectNode) YAML.readTree(builder.build().toYaml());
		ObjectNode behaviour = tree.has("behaviour") ? (ObjectNode) tree.get("behaviour") : tree.putObject("behaviour");
		// every call of the run stays inspectable: about a dozen per hire, with room for
		// retries
		behaviour.put("requestLogCapacity", Math.max(10_000, hires * 20));
		return Seed.fromYaml(YAML.writeValueAsString(tree));
	}

	/** The worker's site settings for this world (the demo's, with the large range). */
	public static StackOptions options() {
		List<String> worker = new ArrayList<>(List.of("--dialtone.worker.sites.NYC.zoom-site-id=" + SITE_ID,
				"--dialtone.worker.sites.NYC.extension-from=100000", "--dialtone.worker.sites.NYC.extension-to=199999",
				"--dialtone.worker.sites.NYC.default-calling-plan=" + CALLING_PLAN));
		return new StackOptions(worker, DemoSettings.options().auditorArgs());
	}

	/** Zeroes the simulator's per-category call and 429 counters. */
	public static void clearRateLimitCounts(String simulatorUrl) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		try {
			http.send(HttpRequest.newBuilder(URI.create(simulatorUrl + "/_sim/ratelimits")).DELETE().build(),
					HttpResponse.BodyHandlers.discarding());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not reach the simulator at " + simulatorUrl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

package dev.dialtone.auditor.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.dialtone.auditor.AuditorApplication;
import dev.dialtone.zoom.simulator.ZoomSimulator;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Settings of an auditor under test: the test class's own topics, and Zoom played by the
 * simulator. For Spring test contexts ({@link #register}) and for auditors started by
 * hand ({@link #start}: restarts, several instances).
 */
public final class Auditors {

	private Auditors() {
	}

	public static void register(DynamicPropertyRegistry registry, TestTopics topics, ZoomSimulator sim) {
		topics.register(registry);
		zoom(sim).forEach(registry::add);
	}

	/**
	 * Starts an auditor on a random port that re-checks every second, with
	 * {@code overrides} on top.
	 */
	public static ConfigurableApplicationContext start(TestTopics topics, ZoomSimulator sim,
			Map<String, Object> overrides) {
		Map<String, Object> props = new LinkedHashMap<>(topics.properties());
		props.put("server.port", "0");
		zoom(sim).forEach((name, value) -> props.put(name, value.get()));
		props.put("dialtone.auditor.tick", "500ms");
		props.put("dialtone.auditor.recheck-backoff", "1s");
		props.putAll(overrides);
		// command-line arguments, not default properties: those would lose to
		// application.yml
		String[] args = props.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(AuditorApplication.class).run(args);
	}

	/**
	 * Read when used (a test context resolves them at start-up, after the simulator is
	 * up).
	 */
	private static Map<String, Supplier<Object>> zoom(ZoomSimulator sim) {
		Map<String, Supplier<Object>> props = new LinkedHashMap<>();
		props.put("dialtone.zoom.api-base-url", sim::baseUrl);
		props.put("dialtone.zoom.oauth-url", sim::oauthUrl);
		props.put("dialtone.zoom.account-id", sim::accountId);
		props.put("dialtone.zoom.client-id", sim::clientId);
		props.put("dialtone.zoom.client-secret", sim::clientSecret);
		return props;
	}

}

package dev.dialtone.worker.support;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.zoom.simulator.ZoomSimulator;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Properties that point a worker at the shared broker/registry, a simulator and a test's
 * own topics.
 */
public final class WorkerTestSupport {

	private WorkerTestSupport() {
	}

	/**
	 * @param prefix unique per test class, so classes never see each other's records
	 * @param simulator the simulator the worker talks to
	 * @return Spring properties
	 */
	public static Map<String, Object> properties(String prefix, ZoomSimulator simulator) {
		LocalPlatform platform = LocalPlatform.shared();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.kafka.bootstrap-servers", platform.bootstrapServers());
		properties.put("spring.kafka.properties.schema.registry.url", platform.registryUrl());
		properties.put("dialtone.worker.topics.identity", prefix + ".identity");
		properties.put("dialtone.worker.topics.identity-dlt", prefix + ".identity-dlt");
		properties.put("dialtone.worker.topics.outcomes", prefix + ".outcomes");
		properties.put("dialtone.worker.topics.deferred", prefix + ".deferred");
		properties.put("dialtone.worker.topics.ledger", prefix + ".ledger");
		properties.put("dialtone.worker.topics.email-index", prefix + ".email-index");
		properties.put("dialtone.worker.topics.group-id", prefix + "-worker");
		properties.put("dialtone.worker.listener-id", prefix + "-listener");
		properties.put("dialtone.worker.sites.NYC.zoom-site-id", "site-nyc-01");
		properties.put("dialtone.worker.sites.NYC.extension-from", "1000");
		properties.put("dialtone.worker.sites.NYC.extension-to", "1999");
		properties.put("dialtone.worker.retry.initial-backoff", "50ms");
		properties.put("dialtone.worker.retry.max-attempts", "12");
		properties.put("dialtone.worker.retry.max-backoff", "1s");
		properties.put("dialtone.worker.deferred-check-interval", "1h");
		properties.put("dialtone.worker.managed-domains-cache-ttl", "1s");
		properties.put("dialtone.zoom.api-base-url", simulator.baseUrl());
		properties.put("dialtone.zoom.oauth-url", simulator.oauthUrl());
		properties.put("dialtone.zoom.account-id", simulator.accountId());
		properties.put("dialtone.zoom.client-id", simulator.clientId());
		properties.put("dialtone.zoom.client-secret", simulator.clientSecret());
		properties.put("dialtone.zoom.plan", "BUSINESS_PLUS");
		properties.put("spring.kafka.consumer.properties.metadata.max.age.ms", "5000");
		return properties;
	}

	/** {@link #properties} for a {@code @DynamicPropertySource} method. */
	public static void register(DynamicPropertyRegistry registry, String prefix, ZoomSimulator simulator) {
		properties(prefix, simulator).forEach((key, value) -> registry.add(key, () -> value));
	}

}

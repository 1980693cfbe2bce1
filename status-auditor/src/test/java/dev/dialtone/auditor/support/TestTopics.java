package dev.dialtone.auditor.support;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.platform.LocalPlatform;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Per-test-class topic names, consumer group and transaction prefix over the shared
 * broker and registry, so test classes never see each other's records.
 */
public record TestTopics(String suffix) {

	public String identity() {
		return "dialtone.identity-events." + this.suffix;
	}

	public String outcomes() {
		return "dialtone.provisioning-outcomes." + this.suffix;
	}

	public String anomalies() {
		return "dialtone.pending-anomalies." + this.suffix;
	}

	public String route(PendingCause cause) {
		return AnomalyRouter.routeTopic(anomalies(), cause);
	}

	public String incidents() {
		return "dialtone.pending-incidents." + this.suffix;
	}

	public String notifications() {
		return "dialtone.notifications." + this.suffix;
	}

	public String audit() {
		return "dialtone.audit." + this.suffix;
	}

	public void register(DynamicPropertyRegistry registry) {
		properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	/** The same settings as a map, for an auditor started by hand (restart tests). */
	public Map<String, Object> properties() {
		LocalPlatform platform = LocalPlatform.shared();
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("spring.kafka.bootstrap-servers", platform.bootstrapServers());
		props.put("spring.kafka.properties.schema.registry.url", platform.registryUrl());
		props.put("spring.kafka.consumer.group-id", "auditor-" + this.suffix);
		props.put("spring.kafka.producer.transaction-id-prefix", "auditor-" + this.suffix + "-");
		props.put("dialtone.auditor.topics.identity-events", identity());
		props.put("dialtone.auditor.topics.outcomes", outcomes());
		props.put("dialtone.auditor.topics.outcomes-dlt", outcomes() + "-dlt");
		props.put("dialtone.auditor.topics.anomalies", anomalies());
		props.put("dialtone.auditor.topics.incidents", incidents());
		props.put("dialtone.auditor.topics.notifications", notifications());
		props.put("dialtone.auditor.topics.audit", audit());
		props.put("dialtone.auditor.topics.latest-outcomes", "dialtone.auditor.latest-outcomes." + this.suffix);
		props.put("dialtone.auditor.topics.partitions", "3");
		return props;
	}

}

package dev.dialtone.auditor.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.contracts.topics.TopicCreation;
import dev.dialtone.platform.LocalPlatform;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Per-test-class topic names, consumer group and transaction prefix over the shared
 * broker and registry, so test classes never see each other's records. The outcomes topic
 * is the worker's, so it is created here as the worker would (the catalogue's
 * partitions), and so is the worker's identity dead-letter topic; the auditor creates the
 * topics it writes.
 */
public record TestTopics(String suffix) {

	public String identity() {
		return "dialtone.identity-events." + this.suffix;
	}

	public String outcomes() {
		return "dialtone.provisioning-outcomes." + this.suffix;
	}

	public String identityDlt() {
		return "dialtone.identity-events-dlt." + this.suffix;
	}

	public String outcomesDlt() {
		return outcomes() + "-dlt";
	}

	public String anomalies() {
		return "dialtone.pending-anomalies." + this.suffix;
	}

	public String route(PendingCause cause) {
		return DialtoneTopic.routeOf(anomalies(), cause);
	}

	public String incidents() {
		return "dialtone.pending-incidents." + this.suffix;
	}

	public String spikeObservations() {
		return "dialtone.auditor.spike-observations." + this.suffix;
	}

	public String notifications() {
		return "dialtone.notifications." + this.suffix;
	}

	public String audit() {
		return "dialtone.audit." + this.suffix;
	}

	public String drift() {
		return "dialtone.drift." + this.suffix;
	}

	public String zoomUserCreations() {
		return "dialtone.zoom-user-creations." + this.suffix;
	}

	public void register(DynamicPropertyRegistry registry) {
		properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	/** The same settings as a map, for an auditor started by hand (restart tests). */
	public Map<String, Object> properties() {
		LocalPlatform platform = LocalPlatform.shared();
		createWorkerTopics(platform);
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("spring.kafka.bootstrap-servers", platform.bootstrapServers());
		props.put("spring.kafka.properties.schema.registry.url", platform.registryUrl());
		props.put("spring.kafka.consumer.group-id", "auditor-" + this.suffix);
		props.put("spring.kafka.producer.transaction-id-prefix", "auditor-" + this.suffix + "-");
		props.put("dialtone.auditor.topics.identity-events", identity());
		props.put("dialtone.auditor.topics.outcomes", outcomes());
		props.put("dialtone.auditor.topics.identity-events-dlt", identityDlt());
		props.put("dialtone.auditor.topics.outcomes-dlt", outcomesDlt());
		props.put("dialtone.auditor.topics.anomalies", anomalies());
		props.put("dialtone.auditor.topics.incidents", incidents());
		props.put("dialtone.auditor.topics.spike-observations", spikeObservations());
		props.put("dialtone.auditor.topics.notifications", notifications());
		props.put("dialtone.auditor.topics.audit", audit());
		props.put("dialtone.auditor.topics.drift", drift());
		props.put("dialtone.auditor.topics.zoom-user-creations", zoomUserCreations());
		props.put("dialtone.auditor.topics.latest-outcomes", "dialtone.auditor.latest-outcomes." + this.suffix);
		return props;
	}

	private void createWorkerTopics(LocalPlatform platform) {
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers()))) {
			for (NewTopic topic : List.of(
					TopicCreation.brokerDefaults().newTopic(DialtoneTopic.PROVISIONING_OUTCOMES, outcomes()),
					TopicCreation.brokerDefaults().newTopic(DialtoneTopic.IDENTITY_EVENTS_DLT, identityDlt()))) {
				try {
					admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
				}
				catch (ExecutionException ex) {
					if (!(ex.getCause() instanceof TopicExistsException)) {
						throw ex;
					}
				}
			}
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw new IllegalStateException("Could not create " + outcomes(), ex.getCause());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not create " + outcomes(), ex);
		}
	}

}

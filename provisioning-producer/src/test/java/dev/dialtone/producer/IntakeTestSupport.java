package dev.dialtone.producer;

import java.util.List;
import java.util.UUID;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.platform.LocalPlatform;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Shared settings for Spring tests of the producer: one topic, so the test contexts are
 * cached and reused.
 */
public final class IntakeTestSupport {

	public static final String TOPIC = "test.identity-events." + UUID.randomUUID();

	public static final String SCIM_TOPIC = "test.scim-users." + UUID.randomUUID();

	public static final String DEMO_TOKEN = "demo-token";

	public static final String WORKDAY_SECRET = "workday-secret";

	public static final String SCIM_TOKEN = "scim-token";

	public static final String BAMBOOHR_TOKEN = "bamboohr-token";

	public static final String HROPS_TOKEN = "hrops-token";

	public static final String OPERATOR_TOKEN = "operator-token";

	public static final String EMPLOYEE_SOURCES_TOPIC = "test.employee-sources." + UUID.randomUUID();

	public static final String EVENT_IDS_TOPIC = "test.event-ids." + UUID.randomUUID();

	private IntakeTestSupport() {
	}

	public static void properties(DynamicPropertyRegistry registry) {
		LocalPlatform platform = LocalPlatform.shared();
		registry.add("spring.kafka.bootstrap-servers", platform::bootstrapServers);
		registry.add("spring.kafka.properties.schema.registry.url", platform::registryUrl);
		registry.add("dialtone.producer.topic", () -> TOPIC);
		registry.add("dialtone.producer.scim-users-topic", () -> SCIM_TOPIC);
		registry.add("dialtone.producer.site-codes", () -> "NYC,LON");
		registry.add("dialtone.producer.sources.demo.bearer-token", () -> DEMO_TOKEN);
		registry.add("dialtone.producer.sources.workday.hmac-secret", () -> WORKDAY_SECRET);
		registry.add("dialtone.producer.scim-bearer-token", () -> SCIM_TOKEN);
		registry.add("dialtone.producer.employee-sources-topic", () -> EMPLOYEE_SOURCES_TOPIC);
		registry.add("dialtone.producer.operator-token", () -> OPERATOR_TOKEN);
		registry.add("dialtone.producer.event-ids-topic", () -> EVENT_IDS_TOPIC);
		// may only hire and update
		registry.add("dialtone.producer.sources.bamboohr.bearer-token", () -> BAMBOOHR_TOKEN);
		registry.add("dialtone.producer.sources.bamboohr.event-types", () -> "HIRE,UPDATE");
		// explicitly granted every employee
		registry.add("dialtone.producer.sources.hrops.bearer-token", () -> HROPS_TOKEN);
		registry.add("dialtone.producer.sources.hrops.act-on-any-employee", () -> "true");
	}

	/**
	 * Every event on the test topic for one employee, in partition (= per-employee)
	 * order.
	 */
	public static List<IdentityEvent> eventsFor(String employeeId) {
		LocalPlatform platform = LocalPlatform.shared();
		return TopicRecords.read(platform.bootstrapServers(), platform.registryUrl(), TOPIC)
			.stream()
			.filter((record) -> employeeId.equals(record.key()))
			.sorted((a, b) -> Long.compare(a.offset(), b.offset()))
			.map((record) -> record.value())
			.toList();
	}

	/** How many records the identity topic holds right now. */
	public static int topicSize() {
		LocalPlatform platform = LocalPlatform.shared();
		return TopicRecords.read(platform.bootstrapServers(), platform.registryUrl(), TOPIC).size();
	}

	public static String uniqueEmployeeId() {
		return "E" + UUID.randomUUID().toString().substring(0, 8);
	}

}

package dev.dialtone.local;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.platform.KafkaCluster;
import dev.dialtone.platform.TopicLayouts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline on a three-broker cluster (broker defaults: replication factor 3,
 * min.insync.replicas 2), each service creating the topics it writes: every topic comes
 * out replicated, and a hire still completes with one broker down.
 */
class ReplicatedTopologyTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static RunningStack running;

	private static LocalStack stack;

	private static PipelineTally tally;

	@BeforeAll
	static void startStack() {
		running = RunningStack.start("replicated-logs", DemoSettings.options().onReplicatedPlatform());
		stack = running.stack();
		tally = running.tally();
	}

	@AfterAll
	static void stopStack() {
		if (running != null) {
			running.close();
		}
	}

	@Test
	void everyDialtoneTopicIsCreatedByItsWriterWithThreeReplicasAndMinInsyncTwo() throws Exception {
		Set<String> expected = Arrays.stream(DialtoneTopic.values())
			.filter((topic) -> !topic.isFamily())
			.map(DialtoneTopic::defaultName)
			.collect(Collectors.toSet());
		try (Admin admin = admin()) {
			await().atMost(Duration.ofSeconds(60))
				.until(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS).containsAll(expected));
			// the broker that answers may not have applied every topic yet: TopicLayouts
			// asks again
			Map<String, TopicLayouts.TopicLayout> layouts = TopicLayouts.describe(admin, expected,
					Duration.ofSeconds(60));
			for (DialtoneTopic topic : DialtoneTopic.values()) {
				if (topic.isFamily()) {
					continue;
				}
				TopicLayouts.TopicLayout layout = layouts.get(topic.defaultName());
				assertThat(layout.partitions()).as(topic.defaultName()).isEqualTo(topic.defaultPartitions());
				assertThat(layout.fewestReplicas()).as(topic.defaultName()).isEqualTo(3);
				assertThat(layout.setting(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG)).as(topic.defaultName())
					.isEqualTo("2");
				assertThat(layout.setting(TopicConfig.CLEANUP_POLICY_CONFIG)).as(topic.defaultName())
					.isEqualTo(topic.cleanup().policy());
			}
		}
	}

	@Test
	void aHireCompletesWhileOneBrokerIsDown() {
		ProducerApi producer = running.producer();
		String before = producer.submit(hire("E910001", "replicated.before@corp.example"));
		await().atMost(Duration.ofSeconds(120)).until(() -> tally.outcome(before) != null);

		KafkaCluster cluster = stack.platform().cluster().orElseThrow();
		cluster.node(3).stop();
		try {
			String during = producer.submit(hire("E910002", "replicated.during@corp.example"));
			await().atMost(Duration.ofSeconds(180)).until(() -> tally.outcome(during) != null);
			assertThat(tally.outcome(during).getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		}
		finally {
			cluster.node(3).startAgain();
		}
		assertThat(tally.outcome(before).getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
	}

	private static Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.platform().bootstrapServers()));
	}

	private static JsonNode hire(String employeeId, String email) {
		return JSON.readTree("""
				{"type":"HIRE","occurredAt":"2026-11-30T08:00:00Z","person":{"employeeId":"%s","workEmail":"%s",
				 "firstName":"Replicated","lastName":"Hire","siteCode":"NYC",
				 "phone":{"extension":"allocate","callingPlanType":200,"number":"allocate"}}}
				""".formatted(employeeId, email));
	}

}

package dev.dialtone.worker.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.worker.ratelimit.PartitionOwnership;
import dev.dialtone.worker.support.Events;
import dev.dialtone.worker.support.GroupMemberProcess;
import dev.dialtone.worker.support.TestPipeline;
import dev.dialtone.worker.support.WorkerInstances;
import dev.dialtone.worker.support.WorkerTestSupport;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.ConsumerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A group member killed with SIGKILL (no leave-group, nothing committed) while it holds a
 * third of the partitions and their backlog: within 15 s its partitions are processing
 * again, spread over both surviving workers.
 */
class FailoverTests {

	static final String PREFIX = "failover";

	static final int HIRES = 36;

	static final Duration BOUND = Duration.ofSeconds(15);

	@Test
	void aKilledMembersPartitionsAreProcessingAgainOnTheOthersWithinFifteenSeconds() throws Exception {
		try (ZoomSimulator simulator = ZoomSimulator
			.start(Seed.builder().numberPool("site-nyc-01", "+12125553000", 100).build());
				TestPipeline pipeline = TestPipeline.forPrefix(PREFIX);
				WorkerInstances workers = new WorkerInstances()) {
			Map<String, Object> properties = WorkerTestSupport.properties(PREFIX, simulator);
			ConfigurableApplicationContext first = workers.start(properties, "survivor-1");
			ConfigurableApplicationContext second = workers.start(properties, "survivor-2");
			WorkerProperties.Topics topics = first.getBean(WorkerProperties.class).topics();
			Map<String, Object> consumerSettings = new HashMap<>(
					first.getBean(ConsumerFactory.class).getConfigurationProperties());
			consumerSettings.put(ConsumerConfig.GROUP_ID_CONFIG, topics.groupId());
			String topic = topics.identity();
			try (GroupMemberProcess doomed = GroupMemberProcess.start(LocalPlatform.shared().bootstrapServers(), topic,
					consumerSettings)) {
				await().atMost(Duration.ofSeconds(60))
					.until(() -> doomed.ownedPartitions() == 4 && owned(first) == 4 && owned(second) == 4);

				List<IdentityEvent> hires = new ArrayList<>();
				for (int i = 0; i < HIRES; i++) {
					hires.add(pipeline.publish(Events.hire("F-" + i, "failover" + i + "@corp.example")));
				}
				// the survivors answer their own; the doomed member's third stays
				// unanswered
				await().atMost(Duration.ofSeconds(60)).until(() -> pipeline.all().size() >= HIRES / 2);
				Thread.sleep(1000);
				assertThat(pipeline.answered(hires)).as("the doomed member held a backlog").isFalse();

				long killedAt = System.nanoTime();
				doomed.kill();
				await().atMost(BOUND).until(() -> pipeline.answered(hires));
				Duration failover = Duration.ofNanos(System.nanoTime() - killedAt);
				LoggerFactory.getLogger(FailoverTests.class)
					.info("killed member's backlog answered {} ms after the kill", failover.toMillis());

				assertThat(owned(first)).as("spread, not given to one worker").isEqualTo(6);
				assertThat(owned(second)).as("spread, not given to one worker").isEqualTo(6);
				assertThat(pipeline.all())
					.allSatisfy((o) -> assertThat(o.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY));
			}
		}
	}

	private static int owned(ConfigurableApplicationContext worker) {
		return worker.getBean(PartitionOwnership.class).ownedCount();
	}

}

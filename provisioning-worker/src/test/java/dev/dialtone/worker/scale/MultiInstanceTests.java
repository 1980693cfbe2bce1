package dev.dialtone.worker.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.worker.support.Events;
import dev.dialtone.worker.support.TestPipeline;
import dev.dialtone.worker.support.WorkerInstances;
import dev.dialtone.worker.support.WorkerTestSupport;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three worker instances share one consumer group and one Zoom account whose Business+
 * limits the simulator enforces; one instance is stopped mid-run.
 */
class MultiInstanceTests {

	static final String PREFIX = "multi";

	static final int HIRES = 120;

	@Test
	void threeInstancesShareTheBudgetAndLosingOneLosesAndDuplicatesNothing() {
		try (ZoomSimulator simulator = ZoomSimulator
			.start(Seed.builder().plan("BUSINESS_PLUS").numberPool("site-nyc-01", "+12125552000", 200).build());
				TestPipeline pipeline = TestPipeline.forPrefix(PREFIX);
				WorkerInstances workers = new WorkerInstances()) {
			Map<String, Object> properties = WorkerTestSupport.properties(PREFIX, simulator);
			for (int i = 1; i <= 3; i++) {
				workers.start(properties, "worker-" + i);
			}
			await().atMost(Duration.ofSeconds(60))
				.until(() -> workers.everyoneOwnsSome() && workers.ownedPartitions() == 12);

			List<IdentityEvent> hires = new ArrayList<>();
			for (int i = 0; i < HIRES; i++) {
				hires.add(pipeline.publish(Events.hire("M-" + i, "multi" + i + "@corp.example")));
			}
			await().atMost(Duration.ofSeconds(60)).until(() -> pipeline.all().size() >= HIRES / 3);
			workers.stop(workers.running().get(2));
			await().atMost(Duration.ofSeconds(120)).until(() -> pipeline.answered(hires));

			List<ProvisioningOutcome> outcomes = pipeline.all();
			assertThat(outcomes).extracting(ProvisioningOutcome::getEventId).doesNotHaveDuplicates();
			assertThat(outcomes)
				.allSatisfy((outcome) -> assertThat(outcome.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY));
			List<SimulatedUser> users = simulator.users()
				.stream()
				.filter((user) -> user.email().startsWith("multi"))
				.toList();
			assertThat(users).hasSize(HIRES);
			assertThat(users).allSatisfy((user) -> assertThat(user.phoneNumbers()).hasSize(1));
			Set<String> numbers = users.stream().flatMap((u) -> u.phoneNumbers().stream()).collect(Collectors.toSet());
			assertThat(numbers).hasSize(HIRES);
			assertThat(users).extracting(SimulatedUser::extensionNumber).doesNotHaveDuplicates();

			long calls = simulator.rateLimitCounts().stream().mapToLong((c) -> c.calls()).sum();
			long throttled = simulator.rateLimitCounts().stream().mapToLong((c) -> c.throttled()).sum();
			LoggerFactory.getLogger(MultiInstanceTests.class).info("{} Zoom calls, {} answered 429", calls, throttled);
			// at least ssoCreate, the read-back and the dept/job_title PATCH per hire
			// (the
			// phone lines may come from batch adds)
			assertThat(calls).isGreaterThan(HIRES * 3L);
			assertThat((double) throttled / calls).as("429s %d of %d calls", throttled, calls).isLessThan(0.01);
		}
	}

}

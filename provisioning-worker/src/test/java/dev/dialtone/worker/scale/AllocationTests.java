package dev.dialtone.worker.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.worker.support.Events;
import dev.dialtone.worker.support.TestPipeline;
import dev.dialtone.worker.support.WorkerInstances;
import dev.dialtone.worker.support.WorkerTestSupport;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.control.RequestLogEntry;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two workers in one group allocate from one small site (30 extensions): every candidate
 * a worker tries is one the other does not, so Zoom never answers "taken"; once the range
 * is used up, the next hires learn it from Zoom's list and end ACTIVE_PHONE_INCOMPLETE
 * with LINE_RANGE_FULL, without one probing write.
 */
class AllocationTests {

	static final String PREFIX = "allocation";

	static final int SIZE = 30;

	static final int HIRES = 20;

	@Test
	void twoWorkersShareOneSmallPoolWithoutATakenAnswerAndAFullRangeIsReadNotProbed() {
		try (ZoomSimulator simulator = ZoomSimulator
			.start(Seed.builder().numberPool("site-nyc-01", "+12125554000", SIZE).build());
				TestPipeline pipeline = TestPipeline.forPrefix(PREFIX);
				WorkerInstances workers = new WorkerInstances()) {
			Map<String, Object> properties = WorkerTestSupport.properties(PREFIX, simulator);
			properties.put("dialtone.worker.sites.NYC.extension-to", Integer.toString(1000 + SIZE - 1));
			workers.start(properties, "allocator-1");
			workers.start(properties, "allocator-2");
			await().atMost(Duration.ofSeconds(60))
				.until(() -> workers.everyoneOwnsSome() && workers.ownedPartitions() == 12);
			simulator.clearRequestLog();

			List<IdentityEvent> hires = new ArrayList<>();
			for (int i = 0; i < HIRES; i++) {
				hires.add(pipeline.publish(Events.hire("A-" + i, "allocation" + i + "@corp.example")));
			}
			await().atMost(Duration.ofSeconds(90)).until(() -> pipeline.answered(hires));

			assertThat(hires)
				.allSatisfy((hire) -> assertThat(pipeline.outcome(hire.getEventId()).orElseThrow().getFinalState())
					.isEqualTo(FinalState.ACTIVE_PHONE_READY));
			List<SimulatedUser> users = simulator.users()
				.stream()
				.filter((user) -> user.email().startsWith("allocation"))
				.toList();
			assertThat(users).hasSize(HIRES);
			assertThat(users).extracting(SimulatedUser::extensionNumber).doesNotHaveDuplicates();
			assertThat(users.stream().flatMap((user) -> user.phoneNumbers().stream()).distinct()).hasSize(HIRES);
			assertThat(lineWrites(simulator)).as("extension and number writes").hasSize(2 * HIRES);
			assertThat(lineWrites(simulator)).as("no write answered taken")
				.allSatisfy((write) -> assertThat(write.status()).isLessThan(300));

			// 10 extensions are left: of 12 newcomers (one at a time, so the last ones
			// see
			// a list with nothing free) the last two find the range full
			simulator.clearRequestLog();
			List<IdentityEvent> late = new ArrayList<>();
			for (int i = HIRES; i < HIRES + 12; i++) {
				IdentityEvent hire = pipeline.publish(Events.hire("A-" + i, "allocation" + i + "@corp.example"));
				late.add(hire);
				await().atMost(Duration.ofSeconds(30)).until(() -> pipeline.answered(List.of(hire)));
			}
			List<ProvisioningOutcome> outcomes = late.stream()
				.map((hire) -> pipeline.outcome(hire.getEventId()).orElseThrow())
				.toList();
			assertThat(outcomes).filteredOn((o) -> o.getFinalState() == FinalState.ACTIVE_PHONE_READY).hasSize(10);
			List<ProvisioningOutcome> full = outcomes.stream()
				.filter((o) -> o.getFinalState() == FinalState.ACTIVE_PHONE_INCOMPLETE)
				.toList();
			assertThat(full).hasSize(2).allSatisfy((outcome) -> {
				assertThat(outcome.getFailureCause()).isEqualTo(FailureCause.LINE_RANGE_FULL);
				assertThat(outcome.getFacts()).containsEntry("lineRangeFull", "extension")
					.containsEntry("extensionRange", "1000-1029");
				assertThat(outcome.getFailureReason()).contains("is full");
			});
			// a borrowed extension can meet a stale view of its owner once (then it
			// re-reads
			// the list); the full range itself is read, never probed
			assertThat(full).allSatisfy((outcome) -> assertThat(outcome.getSteps())
				.noneMatch((step) -> step.getName().equals("set-extension"))
				.anyMatch((step) -> step.getName().equals("list-extensions")));
			assertThat(lineWrites(simulator)).filteredOn((write) -> write.status() >= 300).hasSizeLessThan(4);
		}
	}

	/** {@code PATCH /phone/users/{id}} (extension) and {@code POST …/phone_numbers}. */
	private static List<RequestLogEntry> lineWrites(ZoomSimulator simulator) {
		return simulator.requestLog()
			.stream()
			.filter((entry) -> (entry.method().equals("PATCH") && entry.path().matches(".*/phone/users/[^/]+"))
					|| (entry.method().equals("POST") && entry.path().endsWith("/phone_numbers")))
			.toList();
	}

}

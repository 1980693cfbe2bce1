package dev.dialtone.auditor.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.auditor.support.AnomalyStates;
import dev.dialtone.auditor.support.Auditors;
import dev.dialtone.auditor.support.FakeWorker;
import dev.dialtone.auditor.support.TestTopics;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.EventType;
import dev.dialtone.zoom.client.users.CreateAction;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two auditor instances in one group: every person is owned by exactly one, reported
 * once, re-checked and resumed once.
 */
class TwoInstancesTests {

	static final TestTopics topics = new TestTopics("pair");

	static final ZoomSimulator sim = ZoomSimulator.start(Seed.builder().build());

	static final AnomalyStates states = new AnomalyStates(topics);

	/**
	 * Two people per partition of the 3-partition test topics, so both instances own
	 * someone.
	 */
	static final List<String> PEOPLE = IntStream.range(0, 3)
		.boxed()
		.flatMap((partition) -> IntStream.range(1, 200)
			.mapToObj((i) -> "T" + i)
			.filter((p) -> Ownership.partitionOf(p, 3) == partition)
			.limit(2))
		.toList();

	@AfterAll
	static void stopSimulator() {
		sim.close();
	}

	@Test
	void twoInstancesNeitherDoubleReportNorDoubleResume() {
		List<ConfigurableApplicationContext> auditors = new ArrayList<>();
		try (FakeWorker worker = new FakeWorker(sim, topics)) {
			auditors.add(start("a"));
			auditors.add(start("b"));
			List<Ownership> owners = auditors.stream().map((c) -> c.getBean(Ownership.class)).toList();
			await().atMost(Duration.ofSeconds(45))
				.until(() -> owners.stream().allMatch((o) -> PEOPLE.stream().anyMatch(o::owns))
						&& PEOPLE.stream().allMatch((p) -> owners.stream().filter((o) -> o.owns(p)).count() == 1));

			PEOPLE.forEach((p) -> worker.hire(p, p.toLowerCase() + "@acquired.example", CreateAction.SSO_CREATE));
			await().atMost(Duration.ofSeconds(45))
				// reported once and held once (the domain hold is on by default)
				.until(() -> PEOPLE.stream().allMatch((p) -> states.of(p).size() == 2));
			PEOPLE.forEach((p) -> sim.activate(p.toLowerCase() + "@acquired.example"));

			await().atMost(Duration.ofSeconds(45))
				.until(() -> PEOPLE.stream().allMatch((p) -> states.lastStatus(p) == AnomalyStatus.RESOLVED));
			// and nothing more arrives: no second report, no second RESUME from the other
			// instance
			await().during(Duration.ofSeconds(3))
				.atMost(Duration.ofSeconds(10))
				.until(() -> PEOPLE.stream().allMatch((p) -> states.of(p).size() == 3 && resumes(worker, p) == 1));
			for (String person : PEOPLE) {
				assertThat(states.of(person)).as("states of %s", person).hasSize(3);
				assertThat(worker.commands()).as("RESUMEs of %s", person)
					.filteredOn(
							(c) -> c.getEventType() == EventType.RESUME && c.getPerson().getEmployeeId().equals(person))
					.hasSize(1);
			}
		}
		finally {
			auditors.forEach(ConfigurableApplicationContext::close);
		}
	}

	private static ConfigurableApplicationContext start(String instance) {
		return Auditors.start(topics, sim,
				Map.of("spring.kafka.producer.transaction-id-prefix", "auditor-pair-" + instance + "-"));
	}

	private static long resumes(FakeWorker worker, String person) {
		return worker.commands()
			.stream()
			.filter((c) -> c.getEventType() == EventType.RESUME && c.getPerson().getEmployeeId().equals(person))
			.count();
	}

}

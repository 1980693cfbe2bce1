package dev.dialtone.worker.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.Person;
import dev.dialtone.worker.WorkerApplication;
import dev.dialtone.worker.support.Events;
import dev.dialtone.worker.support.GroupOffsets;
import dev.dialtone.worker.support.TestPipeline;
import dev.dialtone.worker.support.WorkerTestSupport;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Replays the identity topic and compares the simulator's state before and after.
 */
@SpringBootTest(classes = WorkerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ReplayIdempotenceTests {

	static final String PREFIX = "replay";

	static final ZoomSimulator simulator = ZoomSimulator.start(Seed.builder().plan("UNLIMITED").build());

	static final TestPipeline pipeline = TestPipeline.forPrefix(PREFIX);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		WorkerTestSupport.register(registry, PREFIX, simulator);
	}

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Test
	void replayingTheIdentityTopicChangesNothingInZoom() throws Exception {
		List<IdentityEvent> history = history();
		history.forEach(pipeline::publish);
		await().atMost(Duration.ofSeconds(60)).until(() -> pipeline.answered(history));
		Map<String, String> before = state();
		Map<String, String> numbersBefore = simulator.numberHolders();
		Map<String, String> extensionsBefore = simulator.extensionHolders();
		simulator.clearRequestLog();

		try (GroupOffsets offsets = new GroupOffsets()) {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> offsets.caughtUp(PREFIX + "-worker", PREFIX + ".identity"));
			this.listeners.getListenerContainer(PREFIX + "-listener").stop();
			offsets.rewind(PREFIX + "-worker", PREFIX + ".identity");
			this.listeners.getListenerContainer(PREFIX + "-listener").start();
			await().atMost(Duration.ofSeconds(60))
				.until(() -> offsets.caughtUp(PREFIX + "-worker", PREFIX + ".identity"));
		}

		assertThat(state()).isEqualTo(before);
		assertThat(simulator.numberHolders()).isEqualTo(numbersBefore);
		assertThat(simulator.extensionHolders()).isEqualTo(extensionsBefore);
		assertThat(simulator.requestLog()).filteredOn((entry) -> !entry.method().equals("GET")).isEmpty();
	}

	@Test
	void reprocessingTheWholeHistoryAsNewRecordsConvergesWithoutDuplicates() {
		List<IdentityEvent> history = history();
		history.forEach(pipeline::publish);
		await().atMost(Duration.ofSeconds(60)).until(() -> pipeline.answered(history));
		Map<String, String> before = state();

		// the same events again as new records: the ledger does not know them, so every
		// handler re-runs
		List<IdentityEvent> again = history.stream()
			.map((event) -> IdentityEvent.newBuilder(event).setEventId(event.getEventId() + "-again").build())
			.toList();
		again.forEach(pipeline::publish);
		await().atMost(Duration.ofSeconds(60)).until(() -> pipeline.answered(again));

		assertThat(state()).isEqualTo(before);
		List<String> holders = new ArrayList<>(simulator.numberHolders().values());
		assertThat(holders).doesNotHaveDuplicates();
	}

	/**
	 * One line per user: status, extension, plans and how many numbers (which number may
	 * differ after a rehire).
	 */
	private static Map<String, String> state() {
		Map<String, String> state = new TreeMap<>();
		for (SimulatedUser user : simulator.users()) {
			String previous = state.put(user.email(), user.status() + " ext=" + user.extensionNumber() + " plans="
					+ user.callingPlans() + " numbers=" + user.phoneNumbers().size());
			assertThat(previous).as("second user for %s", user.email()).isNull();
		}
		return state;
	}

	private static int round;

	private static List<IdentityEvent> history() {
		String r = "r" + (++round);
		List<IdentityEvent> events = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Person person = Events.person(r + "-A" + i, r + ".active" + i + "@corp.example").build();
			events.add(Events.event(EventType.HIRE, person));
			events.add(Events.event(EventType.UPDATE, Person.newBuilder(person).setDepartment("Dept" + i).build()));
		}
		Person leaver = Events.person(r + "-T", r + ".leaver@corp.example").build();
		events.add(Events.event(EventType.HIRE, leaver));
		events.add(Events.terminate(leaver, null));
		Person rejoiner = Events.person(r + "-R", r + ".rejoiner@corp.example").build();
		events.add(Events.event(EventType.HIRE, rejoiner));
		events.add(Events.terminate(rejoiner, null));
		events.add(Events.event(EventType.REHIRE, rejoiner));
		Person mover = Events.person(r + "-M", r + ".mover@corp.example").build();
		events.add(Events.event(EventType.HIRE, mover));
		events.add(Events.event(EventType.UPDATE, Person.newBuilder(mover).setPhone(null).build()));
		Person renamed = Events.person(r + "-E", r + ".renamed@corp.example").build();
		events.add(Events.event(EventType.HIRE, renamed));
		events.add(Events.event(EventType.UPDATE,
				Person.newBuilder(renamed).setWorkEmail(r + ".renamed.new@corp.example").build()));
		events.add(Events.hire(r + "-P", r + ".pending@acquired.example"));
		IdentityEvent dryRun = Events.hire(r + "-D", r + ".dry@corp.example");
		dryRun.setDryRun(true);
		events.add(dryRun);
		return events;
	}

}

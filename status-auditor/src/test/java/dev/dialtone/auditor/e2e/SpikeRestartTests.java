package dev.dialtone.auditor.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.dialtone.auditor.spike.SpikeWatch;
import dev.dialtone.auditor.support.AnomalyStates;
import dev.dialtone.auditor.support.Auditors;
import dev.dialtone.auditor.support.FakeWorker;
import dev.dialtone.auditor.support.TestTopics;
import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.PendingIncident;
import dev.dialtone.zoom.client.users.CreateAction;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The auditor stopped in the middle of a spike and started again, with two incidents
 * closed before it stopped: the spike's incident is restored, not raised a second time
 * (its window rebuilt from the observations topic, later pending hires still part of it),
 * and neither closed incident is published again.
 */
class SpikeRestartTests {

	static final String DOMAIN = "restart-spike.example";

	static final TestTopics topics = new TestTopics("spike-restart");

	static final ZoomSimulator sim = ZoomSimulator.start(Seed.builder().domain(DOMAIN, "unverified").build());

	static final AnomalyStates states = new AnomalyStates(topics);

	@AfterAll
	static void stopSimulator() {
		sim.close();
	}

	@Test
	void aRestartMidSpikeRaisesNoSecondIncidentAndRepublishesNoClosedOne() {
		Instant earlier = Instant.now().minus(Duration.ofMinutes(30));
		for (String scope : List.of("closed-a.example", "closed-b.example")) {
			PendingIncident open = incident(scope, earlier);
			TopicProbe.publish(topics.incidents(), open.getIncidentId(), open);
			PendingIncident closed = PendingIncident.newBuilder(open)
				.setClosedAt(earlier.plusSeconds(60))
				.setResolution("none of the spike's hires is pending any more")
				.setTimeToResolveMillis(60_000L)
				.build();
			TopicProbe.publish(topics.incidents(), closed.getIncidentId(), closed);
		}
		List<String> before = people(0, 6);
		List<String> after = people(6, 12);
		ConfigurableApplicationContext auditor = Auditors.start(topics, sim, Map.of());
		try (FakeWorker worker = new FakeWorker(sim, topics)) {
			before.forEach((p) -> worker.hire(p, p.toLowerCase() + "@" + DOMAIN, CreateAction.SSO_CREATE));
			await().atMost(Duration.ofSeconds(60)).until(() -> recordsOn(DOMAIN).size() == 1);
			String spike = recordsOn(DOMAIN).get(0).getIncidentId();
			auditor.close();

			auditor = Auditors.start(topics, sim, Map.of());
			after.forEach((p) -> worker.hire(p, p.toLowerCase() + "@" + DOMAIN, CreateAction.SSO_CREATE));
			await().atMost(Duration.ofSeconds(60)).until(() -> states.people().containsAll(after));
			// a few ticks (500 ms each) of the restarted instance, and an account-wide
			// burst's settle time
			await().during(Duration.ofSeconds(5))
				.atMost(Duration.ofSeconds(15))
				.until(() -> recordsOn(DOMAIN).size() == 1 && recordsOn("closed-a.example").size() == 2
						&& recordsOn("closed-b.example").size() == 2
						&& TopicProbe.readAll(topics.incidents()).size() == 5);

			assertThat(recordsOn(DOMAIN)).singleElement().satisfies((incident) -> {
				assertThat(incident.getIncidentId()).isEqualTo(spike);
				assertThat(incident.getClosedAt()).as("still pending: still open").isNull();
			});
			assertThat(auditor.getBean(SpikeWatch.class).openIncidents()).extracting(PendingIncident::getIncidentId)
				.containsExactly(spike);
		}
		finally {
			auditor.close();
		}
	}

	private static List<PendingIncident> recordsOn(String scope) {
		return TopicProbe.readAll(topics.incidents())
			.stream()
			.map((r) -> (PendingIncident) r.value())
			.filter((incident) -> incident.getScope().equals(scope))
			.toList();
	}

	private static List<String> people(int from, int to) {
		return IntStream.range(from, to).mapToObj((i) -> "R" + i).toList();
	}

	private static PendingIncident incident(String scope, Instant openedAt) {
		return PendingIncident.newBuilder()
			.setIncidentId("earlier-" + scope)
			.setScope(scope)
			.setLikelyCause(PendingCause.DOMAIN_NOT_VERIFIED)
			.setSummary("6 of the last 6 hires on " + scope + " are pending")
			.setPendingCount(6)
			.setWindowCount(6)
			.setOpenedAt(openedAt)
			.build();
	}

}

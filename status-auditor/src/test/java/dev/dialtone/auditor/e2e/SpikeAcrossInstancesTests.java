package dev.dialtone.auditor.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.auditor.support.AnomalyStates;
import dev.dialtone.auditor.support.Auditors;
import dev.dialtone.auditor.support.FakeWorker;
import dev.dialtone.auditor.support.TestTopics;
import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.contracts.PendingIncident;
import dev.dialtone.idp.LocalIdentityProvider;
import dev.dialtone.zoom.client.users.CreateAction;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two auditor instances in one group, one domain's pending hires spread over every
 * outcome partition (so both instances judge some of them): the domain's window sees all
 * of them on one instance, exactly one incident is raised, and both instances' API list
 * every open anomaly and the incident, whichever instance judged them.
 */
class SpikeAcrossInstancesTests {

	static final String DOMAIN = "twin.example";

	static final TestTopics topics = new TestTopics("spike-pair");

	static final ZoomSimulator sim = ZoomSimulator.start(Seed.builder().domain(DOMAIN, "unverified").build());

	static final LocalIdentityProvider idp = LocalIdentityProvider.start()
		.addMachineClient("dashboard", "dashboard-secret", "helpdesk-viewers");

	static final AnomalyStates states = new AnomalyStates(topics);

	/** One person on each of the 12 outcome partitions. */
	static final List<String> PEOPLE = IntStream.range(0, 12)
		.boxed()
		.map((partition) -> IntStream.range(1, 500)
			.mapToObj((i) -> "W" + i)
			.filter((p) -> Ownership.partitionOf(p, 12) == partition)
			.findFirst()
			.orElseThrow())
		.toList();

	@AfterAll
	static void stopSimulator() {
		sim.close();
	}

	@Test
	void oneDomainsPendingHiresJudgedByTwoInstancesRaiseExactlyOneIncidentAndBothListEverything() throws Exception {
		List<ConfigurableApplicationContext> auditors = new ArrayList<>();
		try (FakeWorker worker = new FakeWorker(sim, topics)) {
			auditors.add(start("a"));
			auditors.add(start("b"));
			List<Ownership> owners = auditors.stream().map((c) -> c.getBean(Ownership.class)).toList();
			await().atMost(Duration.ofSeconds(60))
				.until(() -> owners.stream().allMatch((o) -> PEOPLE.stream().anyMatch(o::owns))
						&& PEOPLE.stream().allMatch((p) -> owners.stream().filter((o) -> o.owns(p)).count() == 1));

			PEOPLE.forEach((p) -> worker.hire(p, p.toLowerCase() + "@" + DOMAIN, CreateAction.SSO_CREATE));
			await().atMost(Duration.ofSeconds(60)).until(() -> states.people().containsAll(PEOPLE));
			await().atMost(Duration.ofSeconds(30)).until(() -> !incidents().isEmpty());
			// and no second one from the other instance, nor an account-wide one after
			// its settle time
			await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15)).until(() -> incidents().size() == 1);

			List<PendingIncident> incidents = incidents();
			assertThat(incidents).singleElement().satisfies((incident) -> {
				assertThat(incident.getScope()).isEqualTo(DOMAIN);
				assertThat(incident.getClosedAt()).isNull();
			});
			String token = idp.machineToken("dashboard", "dashboard-secret");
			for (ConfigurableApplicationContext auditor : auditors) {
				await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
					assertThat(get(auditor, "/api/v1/anomalies", token)).contains(PEOPLE);
					assertThat(get(auditor, "/api/v1/incidents", token)).contains(incidents.get(0).getIncidentId());
				});
			}
		}
		finally {
			auditors.forEach(ConfigurableApplicationContext::close);
		}
	}

	/** Every incident record, one per incident id (its latest state). */
	private static List<PendingIncident> incidents() {
		Map<String, PendingIncident> latest = new LinkedHashMap<>();
		TopicProbe.readAll(topics.incidents()).forEach((r) -> latest.put(r.key(), (PendingIncident) r.value()));
		return List.copyOf(latest.values());
	}

	private static ConfigurableApplicationContext start(String instance) {
		Map<String, Object> overrides = new LinkedHashMap<>();
		overrides.put("spring.kafka.producer.transaction-id-prefix", "auditor-spike-pair-" + instance + "-");
		overrides.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", idp.issuerUri());
		overrides.put("dialtone.auditor.security.viewer-groups", "helpdesk-viewers");
		return Auditors.start(topics, sim, overrides);
	}

	private static String get(ConfigurableApplicationContext auditor, String path, String token) throws Exception {
		String port = auditor.getEnvironment().getProperty("local.server.port");
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization", "Bearer " + token)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		return response.body();
	}

}

package dev.dialtone.auditor.e2e;

import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dialtone.auditor.AuditorApplication;
import dev.dialtone.auditor.support.AnomalyStates;
import dev.dialtone.auditor.support.Auditors;
import dev.dialtone.auditor.support.FakeWorker;
import dev.dialtone.auditor.support.Outcomes;
import dev.dialtone.auditor.support.TestTopics;
import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.PendingIncident;
import dev.dialtone.zoom.client.users.CreateAction;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A burst of pending hires on one domain yields exactly one incident naming the domain
 * and what managed_domains says; the metrics the alert rules use are exported.
 */
@SpringBootTest(classes = AuditorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dialtone.auditor.tick=1s" })
class SpikeScenarioTests {

	static final TestTopics topics = new TestTopics("spike");

	static final ZoomSimulator sim = ZoomSimulator.start(Seed.builder().domain("spike.example", "unverified").build());

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		Auditors.register(registry, topics, sim);
	}

	@AfterAll
	static void stop() {
		sim.close();
	}

	@Test
	void aSpikeOfPendingHiresOnOneDomainYieldsExactlyOneIncidentNamingIt() throws Exception {
		for (int i = 0; i < 6; i++) {
			TopicProbe.publish(topics.outcomes(), "S" + i,
					Outcomes.outcome("S" + i, "ok" + i + "@spike.example", FinalState.ACTIVE_PHONE_READY).build());
		}
		try (FakeWorker worker = new FakeWorker(sim, topics)) {
			for (int i = 6; i < 20; i++) {
				worker.hire("S" + i, "new" + i + "@spike.example", CreateAction.SSO_CREATE);
			}
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> new AnomalyStates(topics).people().size() == 14);
		// the windows are fed from the observations topic, a moment after the anomalies;
		// and an account-wide burst waits its settle time: still one
		await().atMost(Duration.ofSeconds(30)).until(() -> !incidents().isEmpty());
		await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).until(() -> incidents().size() == 1);

		List<PendingIncident> incidents = incidents();
		assertThat(incidents).hasSize(1);
		PendingIncident incident = incidents.get(0);
		assertThat(incident.getScope()).isEqualTo("spike.example");
		assertThat(incident.getLikelyCause()).isEqualTo(PendingCause.DOMAIN_NOT_VERIFIED);
		// the domain's own window or the account-wide jump may raise it first (partition
		// order); either names both
		assertThat(incident.getSummary())
			.containsPattern("^\\d+ of the last \\d+ hires (on spike\\.example are pending"
					+ "|are pending \\(no baseline yet\\); \\d+ of them on spike\\.example);")
			.contains("managed_domains reports spike.example unverified");
		assertThat(scrape()).contains("dialtone_auditor_incidents_total 1.0")
			.contains("dialtone_auditor_open_anomalies{cause=\"DOMAIN_NOT_VERIFIED\"} 14.0");
	}

	@Test
	void everyAlertRuleUsesAMetricTheAuditorExports() throws Exception {
		Path rules = Path.of("prometheus", "dialtone-auditor-rules.yml");
		Map<String, Object> doc;
		try (InputStream in = Files.newInputStream(rules)) {
			doc = new Yaml().load(in);
		}
		String scrape = scrape();
		Set<String> used = new TreeSet<>();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> groups = (List<Map<String, Object>>) doc.get("groups");
		for (Map<String, Object> group : groups) {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> list = (List<Map<String, Object>>) group.get("rules");
			for (Map<String, Object> rule : list) {
				assertThat(rule).containsKeys("alert", "expr");
				Matcher metric = Pattern.compile("dialtone_[a-z_]+").matcher((String) rule.get("expr"));
				assertThat(metric.find()).as("rule %s names a dialtone metric", rule.get("alert")).isTrue();
				do {
					used.add(metric.group());
				}
				while (metric.find());
			}
		}
		assertThat(used).isNotEmpty().allSatisfy((name) -> assertThat(scrape).contains("\n" + name));
		Path promtool = Path.of("/usr/bin/promtool");
		if (Files.isExecutable(promtool)) {
			promtool(promtool, "check", "rules", "dialtone-auditor-rules.yml");
			promtool(promtool, "test", "rules", "dialtone-auditor-rules-tests.yaml");
		}
	}

	private static void promtool(Path promtool, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(promtool.toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(new File("prometheus"))
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as(output).isZero();
	}

	private static List<PendingIncident> incidents() {
		return TopicProbe.readAll(topics.incidents()).stream().map((r) -> (PendingIncident) r.value()).toList();
	}

	private String scrape() throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/prometheus")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

}

package dev.dialtone.deploy;

import java.io.IOException;
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

import dev.dialtone.platform.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real Prometheus (Debian's) on 127.0.0.1 loads Dialtone's alert rules, scrapes the
 * status auditor of the live pipeline — which has just raised pending-spike incidents for
 * the sample's unverified domains — and fires the pending-spike alert. Rule and scrape
 * intervals are 1 s and every {@code for} is shortened to 2 s so the test takes seconds,
 * not minutes.
 */
class PrometheusAlertEndToEndTests {

	private static final String ALERT = "DialtonePendingSpikeIncident";

	private Process prometheus;

	@Test
	void prometheusScrapingTheAuditorFiresThePendingSpikeAlert(@TempDir Path dir) throws Exception {
		Path binary = Tools.require("prometheus", "prometheus");
		List<String> targets = List.of("127.0.0.1:" + LivePipeline.running().auditor().port());
		Path rules = Files.writeString(dir.resolve("rules.yml"), withShortDurations(Repository.RULES));
		Path config = Files.writeString(dir.resolve("prometheus.yml"), config(rules, targets));
		int port = FreePorts.next();
		this.prometheus = new ProcessBuilder(binary.toString(), "--config.file=" + config,
				"--web.listen-address=127.0.0.1:" + port, "--storage.tsdb.path=" + dir.resolve("data"))
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("prometheus.log").toFile())
			.start();
		URI alerts = URI.create("http://127.0.0.1:" + port + "/api/v1/alerts");

		await().atMost(timeout()).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
			assertThat(this.prometheus.isAlive()).as(Repository.read(dir.resolve("prometheus.log"))).isTrue();
			assertThat(firing(alerts)).anySatisfy((alert) -> {
				assertThat(alert.path("labels").path("alertname").asString()).isEqualTo(ALERT);
				assertThat(alert.path("labels").path("severity").asString()).isEqualTo("critical");
				assertThat(alert.path("annotations").path("runbook").asString()).contains("DOMAIN_NOT_VERIFIED");
			});
		});
	}

	@AfterEach
	void stop() throws InterruptedException {
		if (this.prometheus != null) {
			this.prometheus.destroy();
			this.prometheus.waitFor();
		}
	}

	private static Duration timeout() {
		return Duration.ofSeconds(60);
	}

	private static List<JsonNode> firing(URI alerts) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(alerts).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.ofString());
		JsonNode body = JsonMapper.builder().build().readTree(response.body());
		List<JsonNode> firing = new ArrayList<>();
		body.path("data").path("alerts").forEach((alert) -> {
			if ("firing".equals(alert.path("state").asString())) {
				firing.add(alert);
			}
		});
		return firing;
	}

	@SuppressWarnings("unchecked")
	private static String withShortDurations(Path ruleFile) {
		Map<String, Object> document = new Yaml().load(Repository.read(ruleFile));
		for (Object group : (List<?>) document.get("groups")) {
			for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
				((Map<String, Object>) rule).computeIfPresent("for", (key, value) -> "2s");
			}
		}
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		return new Yaml(options).dump(document);
	}

	private static String config(Path rules, List<String> targets) {
		return """
				global:
				  scrape_interval: 1s
				  evaluation_interval: 1s
				rule_files: ["%s"]
				scrape_configs:
				  - job_name: dialtone-auditor
				    metrics_path: /actuator/prometheus
				    static_configs:
				      - targets: [%s]
				""".formatted(rules, String.join(", ", targets.stream().map((t) -> "\"" + t + "\"").toList()));
	}

}

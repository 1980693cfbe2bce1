package dev.dialtone.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provisioned Grafana dashboard is valid JSON on the provisioned datasource and shows
 * what the issue asks for.
 */
class GrafanaDashboardTests {

	private final JsonNode dashboard = JsonMapper.builder()
		.build()
		.readTree(Repository.read(Repository.DASHBOARDS.resolve("dialtone.json")));

	@Test
	void panelsUseTheProvisionedPrometheusDatasource() {
		Map<String, Object> provisioning = new Yaml()
			.load(Repository.read(Repository.GRAFANA_PROVISIONING.resolve("datasources/prometheus.yml")));
		Map<?, ?> datasource = (Map<?, ?>) ((List<?>) provisioning.get("datasources")).get(0);

		assertThat(this.dashboard.get("panels")).isNotEmpty().allSatisfy((panel) -> {
			assertThat(panel.path("datasource").path("uid").asString()).isEqualTo(datasource.get("uid"));
			assertThat(panel.path("targets")).isNotEmpty();
		});
	}

	@Test
	void showsThroughputLatencyOutcomesAnomaliesZoomBudgetLagAndDeadLetters() {
		List<String> titles = this.dashboard.get("panels").valueStream().map((p) -> p.get("title").asString()).toList();

		assertThat(titles).contains("Pipeline throughput", "HR event → outcome latency", "Outcomes by final state",
				"Open anomalies by cause", "Zoom calls and 429s against the budget", "Consumer lag",
				"Dead-letter topics");
	}

	@Test
	void panelIdsAreUniqueAndPanelsDoNotOverlap() {
		Set<Integer> ids = new HashSet<>();
		Set<String> cells = new HashSet<>();
		for (JsonNode panel : this.dashboard.get("panels")) {
			assertThat(ids.add(panel.get("id").asInt())).as("id " + panel.get("id")).isTrue();
			JsonNode grid = panel.get("gridPos");
			assertThat(grid.get("x").asInt() + grid.get("w").asInt()).isLessThanOrEqualTo(24);
			for (int x = grid.get("x").asInt(); x < grid.get("x").asInt() + grid.get("w").asInt(); x++) {
				for (int y = grid.get("y").asInt(); y < grid.get("y").asInt() + grid.get("h").asInt(); y++) {
					assertThat(cells.add(x + "," + y)).as(panel.get("title") + " overlaps at " + x + "," + y).isTrue();
				}
			}
		}
	}

	@Test
	void everyPanelQueryIsValidPromQl(@TempDir Path dir) throws Exception {
		Path promtool = Tools.require("promtool", "prometheus");
		// promtool parses rule expressions: each query becomes a recording rule,
		// Grafana's interval variables fixed
		List<Map<String, String>> rules = new ArrayList<>();
		List<String> queries = MetricNames.dashboardExpressions(Repository.DASHBOARDS.resolve("dialtone.json"));
		for (int i = 0; i < queries.size(); i++) {
			rules.add(Map.of("record", "dashboard:query_" + i, "expr",
					queries.get(i).replaceAll("\\$__(rate_interval|interval|range)", "5m")));
		}
		Path file = Files.writeString(dir.resolve("dashboard-queries.yml"),
				new Yaml().dump(Map.of("groups", List.of(Map.of("name", "dashboard", "rules", rules)))));

		Command result = Command.run(dir, List.of(promtool.toString(), "check", "rules", file.toString()));

		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.output()).contains(queries.size() + " rules found");
	}

	@Test
	void theProvisioningLoadsDashboardsFromTheMountedDirectory() {
		Map<String, Object> provisioning = new Yaml()
			.load(Repository.read(Repository.GRAFANA_PROVISIONING.resolve("dashboards/dialtone.yml")));
		Map<?, ?> provider = (Map<?, ?>) ((List<?>) provisioning.get("providers")).get(0);

		assertThat(((Map<?, ?>) provider.get("options")).get("path")).isEqualTo("/var/lib/grafana/dashboards");
		assertThat(Repository.read(Repository.COMPOSE))
			.contains("./deploy/grafana/dashboards:/var/lib/grafana/dashboards");
		assertThat(this.dashboard.get("uid").asString()).isEqualTo("dialtone-overview");
	}

}

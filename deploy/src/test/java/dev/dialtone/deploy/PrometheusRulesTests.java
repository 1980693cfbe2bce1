package dev.dialtone.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert rules are valid for promtool, every alert behaves as its promtool unit tests
 * say, and every alert carries what an on-call engineer needs.
 */
class PrometheusRulesTests {

	@Test
	void promtoolAcceptsEveryRuleFile() {
		Path promtool = Tools.require("promtool", "prometheus");
		List<String> command = new ArrayList<>(List.of(promtool.toString(), "check", "rules"));
		Repository.ruleFiles().forEach((file) -> command.add(file.toString()));

		Command result = Command.run(Repository.DEPLOY, command);

		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.output()).contains("SUCCESS");
	}

	@Test
	void everyAlertPassesItsPromtoolUnitTests() {
		Path promtool = Tools.require("promtool", "prometheus");
		List<String> command = new ArrayList<>(List.of(promtool.toString(), "test", "rules"));
		Repository.ruleTestFiles().forEach((file) -> command.add(file.toString()));

		Command result = Command.run(Repository.RULE_TESTS, command);

		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.output()).contains("SUCCESS").doesNotContain("FAILED");
	}

	@Test
	void promtoolAcceptsTheComposePrometheusConfiguration(@TempDir Path dir) throws Exception {
		Path promtool = Tools.require("promtool", "prometheus");
		// the compose file mounts these directories there; point the copy at the
		// repository instead
		String config = Repository.read(Repository.PROMETHEUS_CONFIG)
			.replace("/etc/prometheus/dialtone/", Repository.DEPLOY.resolve("prometheus") + "/");
		Path copy = Files.writeString(dir.resolve("prometheus.yml"), config);

		Command result = Command.run(dir, List.of(promtool.toString(), "check", "config", copy.toString()));

		assertThat(result.exitCode()).as(result.toString()).isZero();
	}

	@Test
	void everyAlertHasADurationASeverityAndRunbookText() {
		List<Map<String, Object>> alerts = alerts(Repository.RULES);

		assertThat(alerts).hasSizeGreaterThanOrEqualTo(6).allSatisfy((alert) -> {
			assertThat(alert).containsKeys("alert", "expr", "for");
			assertThat(section(alert, "labels")).as(name(alert)).containsKey("severity");
			assertThat(section(alert, "labels").get("severity")).isIn("warning", "critical");
			assertThat(section(alert, "annotations")).as(name(alert)).containsKeys("summary", "description", "runbook");
			assertThat(String.valueOf(section(alert, "annotations").get("runbook"))).hasSizeGreaterThan(80);
		});
	}

	@Test
	void prometheusLoadsOneRuleSet() {
		Map<String, Object> config = new Yaml().load(Repository.read(Repository.PROMETHEUS_CONFIG));

		assertThat(Manifests.strings(config.get("rule_files")))
			.containsExactly("/etc/prometheus/dialtone/" + Repository.RULES.getFileName());
	}

	@Test
	void noTwoAlertsShareANameOrAnExpression() {
		List<Map<String, Object>> alerts = new ArrayList<>();
		Repository.ruleFiles().forEach((file) -> alerts.addAll(alerts(file)));

		assertThat(alerts).extracting(PrometheusRulesTests::name).doesNotHaveDuplicates();
		assertThat(alerts).extracting((alert) -> normalised(String.valueOf(alert.get("expr"))))
			.as("alert expressions")
			.doesNotHaveDuplicates();
	}

	// whitespace does not make two expressions different
	private static String normalised(String expr) {
		return expr.replaceAll("\\s+", "");
	}

	@Test
	void theRulesCoverWhatTheIssueAsksFor() {
		assertThat(alerts(Repository.RULES)).extracting(PrometheusRulesTests::name)
			.contains("DialtonePendingSpikeIncident", "DialtonePendingSlaBreach", "DialtoneDeadLetterGrowth",
					"DialtoneConsumerLagHigh", "DialtoneZoom429Ratio", "DialtoneProvisioningErrorRate");
	}

	@Test
	void everyAlertHasAUnitTestWhereItFiresAndOneWhereItMustNot() {
		Set<String> fires = new TreeSet<>();
		Set<String> quiet = new TreeSet<>();
		for (Path file : Repository.files(Repository.RULE_TESTS, ".yml")) {
			Map<String, Object> document = new Yaml().load(Repository.read(file));
			for (Object test : (List<?>) document.get("tests")) {
				for (Object check : (List<?>) ((Map<?, ?>) test).get("alert_rule_test")) {
					Map<?, ?> fields = (Map<?, ?>) check;
					List<?> expected = (List<?>) fields.get("exp_alerts");
					((expected == null || expected.isEmpty()) ? quiet : fires)
						.add(String.valueOf(fields.get("alertname")));
				}
			}
		}
		List<String> names = alerts(Repository.RULES).stream().map(PrometheusRulesTests::name).toList();

		assertThat(fires).containsAll(names);
		assertThat(quiet).containsAll(names);
	}

	static List<Map<String, Object>> alerts(Path ruleFile) {
		Map<String, Object> document = new Yaml().load(Repository.read(ruleFile));
		List<Map<String, Object>> alerts = new ArrayList<>();
		for (Object group : (List<?>) document.get("groups")) {
			for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
				@SuppressWarnings("unchecked")
				Map<String, Object> fields = (Map<String, Object>) rule;
				if (fields.containsKey("alert")) {
					alerts.add(fields);
				}
			}
		}
		return alerts;
	}

	private static String name(Map<String, Object> alert) {
		return String.valueOf(alert.get("alert"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> section(Map<String, Object> alert, String key) {
		Object value = alert.get(key);
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

}

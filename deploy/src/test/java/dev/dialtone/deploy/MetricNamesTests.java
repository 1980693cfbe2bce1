package dev.dialtone.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static checks of the metric names the alert rules and the dashboard use;
 * {@link ExportedMetricNamesTests} compares them with a scrape of the running services.
 */
class MetricNamesTests {

	private static final Pattern COUNTER_FUNCTION = Pattern
		.compile("\\b(?:rate|irate|increase)\\s*\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)");

	@Test
	void extractsMetricNamesAndSkipsFunctionsLabelsKeywordsAndDurations() {
		String expression = """
				sum by (job, topic) (rate(http_server_requests_seconds_count{status=~"5..", uri!="/x"}[5m]))
				/ on (job) group_left (topic) max without (partition) (kafka_lag offset 1h) > 1e3
				or vector(0) and (dialtone_a_total unless dialtone_a_total offset 15m) > bool 0
				""";

		assertThat(MetricNames.inPromQl(expression)).containsExactlyInAnyOrder("http_server_requests_seconds_count",
				"kafka_lag", "dialtone_a_total");
	}

	@Test
	void readsSampleNamesFromExpositionTextOrAPlainList() {
		String scrape = """
				# HELP dialtone_worker_step_seconds Zoom step latency
				# TYPE dialtone_worker_step_seconds summary
				dialtone_worker_step_seconds_count{result="ok",step="create"} 3
				dialtone_worker_step_seconds_sum{result="ok",step="create"} 0.4
				up 1
				""";

		assertThat(MetricNames.inExposition(scrape)).containsExactlyInAnyOrder("dialtone_worker_step_seconds_count",
				"dialtone_worker_step_seconds_sum", "up");
	}

	@Test
	void everyRuleAndEveryDashboardPanelQueriesAMetric() {
		Repository.ruleFiles()
			.forEach((file) -> MetricNames.ruleExpressions(file)
				.forEach((alert, expr) -> assertThat(MetricNames.inPromQl(expr)).as(alert).isNotEmpty()));
		dashboards().forEach((file) -> MetricNames.dashboardExpressions(file)
			.forEach((expr) -> assertThat(MetricNames.inPromQl(expr)).as(expr).isNotEmpty()));
	}

	@Test
	void usedNamesAreWellFormedPrometheusNamesOfKnownFamilies() {
		Set<String> used = MetricNames.usedBy(Repository.ruleFiles(), dashboards());

		assertThat(used).isNotEmpty()
			.allSatisfy((name) -> assertThat(name).matches("[a-z][a-z0-9_]*[a-z0-9]")
				.doesNotContain("__")
				.matches("(dialtone|kafka|http_server|jvm|process|spring_kafka|executor)_.+"));
	}

	@Test
	void ratesAndIncreasesAreTakenOfCountersOnly() {
		Set<String> rated = new TreeSet<>();
		allExpressions().forEach((expr) -> matches(COUNTER_FUNCTION, expr, rated));

		assertThat(rated).isNotEmpty().allSatisfy((name) -> assertThat(name).matches(".+_(total|count|sum|bucket)"));
	}

	@Test
	void quantilesAreComputedFromHistogramBuckets() {
		Set<String> quantiled = new TreeSet<>();
		allExpressions().stream()
			.filter((expr) -> expr.contains("histogram_quantile"))
			.forEach((expr) -> quantiled.addAll(MetricNames.inPromQl(expr)));

		assertThat(quantiled).isNotEmpty().allSatisfy((name) -> assertThat(name).endsWith("_seconds_bucket"));
	}

	private static List<Path> dashboards() {
		return Repository.files(Repository.DASHBOARDS, ".json");
	}

	private static List<String> allExpressions() {
		List<String> rules = Repository.ruleFiles()
			.stream()
			.flatMap((file) -> MetricNames.ruleExpressions(file).values().stream())
			.toList();
		List<String> panels = dashboards().stream()
			.flatMap((file) -> MetricNames.dashboardExpressions(file).stream())
			.toList();
		return Stream.concat(rules.stream(), panels.stream()).toList();
	}

	private static void matches(Pattern pattern, String expression, Set<String> into) {
		Matcher matcher = pattern.matcher(expression);
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

}

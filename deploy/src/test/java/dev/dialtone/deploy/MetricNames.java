package dev.dialtone.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extracts metric names from PromQL (alert rules, Grafana targets) and from Prometheus
 * exposition text, so the names the dashboard and the alerts use can be compared with
 * what the services export. A lexical extraction, not a PromQL parser: it drops strings,
 * label matchers, ranges and grouping clauses, then keeps identifiers that are not
 * functions or keywords.
 */
final class MetricNames {

	/** Series Prometheus itself creates; no service exports them. */
	static final Set<String> PROMETHEUS_BUILT_IN = Set.of("up", "ALERTS", "ALERTS_FOR_STATE", "scrape_duration_seconds",
			"scrape_samples_scraped", "scrape_series_added");

	private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
			"group_left", "group_right", "offset", "bool", "atan2", "inf", "nan");

	private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");

	private static final Pattern MATCHERS = Pattern.compile("\\{[^{}]*}");

	private static final Pattern RANGE = Pattern.compile("\\[[^\\[\\]]*]");

	private static final Pattern GROUPING = Pattern
		.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^()]*\\)");

	private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w:.$])([a-zA-Z_:][a-zA-Z0-9_:]*+)(?!\\s*\\()");

	private static final Pattern SAMPLE_NAME = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)");

	private MetricNames() {
	}

	static Set<String> inPromQl(String expression) {
		String stripped = STRING.matcher(expression).replaceAll(" ");
		stripped = MATCHERS.matcher(stripped).replaceAll(" ");
		stripped = RANGE.matcher(stripped).replaceAll(" ");
		stripped = GROUPING.matcher(stripped).replaceAll(" ");
		Set<String> names = new TreeSet<>();
		Matcher matcher = IDENTIFIER.matcher(stripped);
		while (matcher.find()) {
			String name = matcher.group(1);
			if (!KEYWORDS.contains(name.toLowerCase())) {
				names.add(name);
			}
		}
		return names;
	}

	/**
	 * @return the {@code expr} of every rule in a Prometheus rule file, by alert or
	 * record name
	 */
	static Map<String, String> ruleExpressions(Path ruleFile) {
		Map<String, Object> document = new Yaml().load(Repository.read(ruleFile));
		Map<String, String> expressions = new LinkedHashMap<>();
		for (Object group : (List<?>) document.get("groups")) {
			for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
				Map<?, ?> fields = (Map<?, ?>) rule;
				Object name = (fields.get("alert") != null) ? fields.get("alert") : fields.get("record");
				expressions.put(String.valueOf(name), String.valueOf(fields.get("expr")));
			}
		}
		return expressions;
	}

	/**
	 * @return every PromQL {@code expr} in a Grafana dashboard, including panels nested
	 * in rows
	 */
	static List<String> dashboardExpressions(Path dashboard) {
		JsonNode root = JsonMapper.builder().build().readTree(Repository.read(dashboard));
		List<String> expressions = new ArrayList<>();
		collect(root, expressions);
		return expressions;
	}

	private static void collect(JsonNode node, List<String> expressions) {
		if (node.isObject()) {
			JsonNode expr = node.get("expr");
			if (expr != null && expr.isString() && !expr.asString().isBlank()) {
				expressions.add(expr.asString());
			}
		}
		for (JsonNode child : node) {
			collect(child, expressions);
		}
	}

	/**
	 * @return the metric names used by the given rule files and dashboards, without
	 * Prometheus' own series
	 */
	static Set<String> usedBy(List<Path> ruleFiles, List<Path> dashboards) {
		Set<String> names = new TreeSet<>();
		ruleFiles.forEach((file) -> ruleExpressions(file).values().forEach((expr) -> names.addAll(inPromQl(expr))));
		dashboards.forEach((file) -> dashboardExpressions(file).forEach((expr) -> names.addAll(inPromQl(expr))));
		names.removeAll(PROMETHEUS_BUILT_IN);
		return names;
	}

	/**
	 * @return sample names in Prometheus exposition text (or in a plain list of names,
	 * one a line)
	 */
	static Set<String> inExposition(String text) {
		Set<String> names = new TreeSet<>();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			Matcher matcher = SAMPLE_NAME.matcher(trimmed);
			if (matcher.find()) {
				names.add(matcher.group(1));
			}
		}
		return names;
	}

}

package dev.dialtone.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/**
 * Locations of the deployment assets, resolved from the module directory Surefire runs
 * the tests in.
 */
final class Repository {

	static final Path DEPLOY = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();

	static final Path ROOT = DEPLOY.getParent();

	static final Path RULES = DEPLOY.resolve("prometheus/dialtone-rules.yml");

	static final Path RULE_TESTS = DEPLOY.resolve("prometheus/tests");

	static final Path PROMETHEUS_CONFIG = DEPLOY.resolve("prometheus/prometheus.yml");

	/**
	 * Where the status auditor keeps its own alert rules, included by the compose
	 * Prometheus when present.
	 */
	static final Path AUDITOR_RULES = ROOT.resolve("status-auditor/prometheus");

	static final Path DASHBOARDS = DEPLOY.resolve("grafana/dashboards");

	static final Path GRAFANA_PROVISIONING = DEPLOY.resolve("grafana/provisioning");

	static final Path KUBERNETES = DEPLOY.resolve("k8s");

	static final Path COMPOSE = ROOT.resolve("docker-compose.yml");

	private Repository() {
	}

	/**
	 * @return the regular files directly in {@code dir} whose name ends with one of
	 * {@code suffixes}, sorted
	 */
	static List<Path> files(Path dir, String... suffixes) {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> Stream.of(suffixes).anyMatch(file.getFileName().toString()::endsWith))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return every alert rule file Prometheus loads: Dialtone's and the status auditor's
	 */
	static List<Path> ruleFiles() {
		return Stream.concat(Stream.of(RULES), auditorFilesWith("groups").stream()).toList();
	}

	/**
	 * @return every promtool unit-test file: Dialtone's and the status auditor's
	 */
	static List<Path> ruleTestFiles() {
		return Stream.concat(files(RULE_TESTS, ".yml").stream(), auditorFilesWith("tests").stream()).toList();
	}

	// the auditor's directory may hold rule files and promtool test files side by side:
	// tell them apart by content
	private static List<Path> auditorFilesWith(String topLevelKey) {
		return files(AUDITOR_RULES, ".yml", ".yaml").stream().filter((file) -> {
			Object document = new Yaml().load(read(file));
			return document instanceof Map<?, ?> map && map.containsKey(topLevelKey);
		}).toList();
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

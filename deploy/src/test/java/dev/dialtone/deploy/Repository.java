package dev.dialtone.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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
	 * @return every alert rule file Prometheus loads: the one rule set of the whole
	 * system
	 */
	static List<Path> ruleFiles() {
		return List.of(RULES);
	}

	/**
	 * @return every promtool unit-test file
	 */
	static List<Path> ruleTestFiles() {
		return files(RULE_TESTS, ".yml");
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

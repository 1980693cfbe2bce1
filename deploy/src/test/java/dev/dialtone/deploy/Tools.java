package dev.dialtone.deploy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * Finds the command-line tools the checks run (Debian's promtool, prometheus,
 * docker-compose). On CI (env CI=true) a missing tool fails the test, because CI installs
 * the packages; elsewhere the test is skipped with the install hint.
 */
final class Tools {

	private Tools() {
	}

	static Path require(String executable, String debianPackage) {
		Optional<Path> found = find(executable);
		if (found.isPresent()) {
			return found.get();
		}
		String message = executable + " not found on PATH: apt-get install -y --no-install-recommends " + debianPackage;
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			fail(message);
		}
		Assumptions.abort(message);
		throw new IllegalStateException("unreachable");
	}

	static Optional<Path> find(String executable) {
		String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
		return Stream.of(path.split(File.pathSeparator))
			.filter((dir) -> !dir.isBlank())
			.map((dir) -> Path.of(dir, executable))
			.filter(Files::isExecutable)
			.findFirst();
	}

}

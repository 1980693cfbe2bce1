package dev.dialtone.platform;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds files of the Dialtone checkout from wherever a test or the local run was started
 * inside it.
 */
public final class RepositoryLayout {

	private RepositoryLayout() {
	}

	/**
	 * The checkout's root: the nearest directory, from the working directory up, that
	 * holds {@code mvnw}.
	 */
	public static Path root() {
		Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		for (Path p = dir; p != null; p = p.getParent()) {
			if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("schemas"))) {
				return p;
			}
		}
		throw new IllegalStateException("Not inside a Dialtone checkout (no mvnw above " + dir + ")");
	}

}

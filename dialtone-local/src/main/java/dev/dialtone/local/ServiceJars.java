package dev.dialtone.local;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.dialtone.platform.RepositoryLayout;

/** Where the build leaves each service's executable jar. */
final class ServiceJars {

	private static final String VERSION = "0.1.0-SNAPSHOT";

	private ServiceJars() {
	}

	static Path of(String module) {
		Path jar = RepositoryLayout.root().resolve(module + "/target/" + module + "-" + VERSION + "-exec.jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: build it first with ./mvnw -DskipTests install");
		}
		return jar;
	}

}

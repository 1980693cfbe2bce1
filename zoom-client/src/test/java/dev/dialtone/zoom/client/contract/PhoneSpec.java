package dev.dialtone.zoom.client.contract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds Zoom's Phone OpenAPI spec: {@code -Ddialtone.zoom.phone-openapi=...} wins;
 * otherwise it lies in {@code ../shared/zoom-openapi/} beside the repository root (the
 * directory holding {@code mvnw}), which is how both the workstation and CI lay things
 * out.
 */
final class PhoneSpec {

	static final String OVERRIDE = "dialtone.zoom.phone-openapi";

	private PhoneSpec() {
	}

	/**
	 * The spec trimmed to the given paths: Zoom's full document has entries elsewhere
	 * (call queues) that the validator's parser rejects; the paths Dialtone uses and the
	 * shared components are kept unchanged.
	 * @param paths the paths to keep
	 * @return the trimmed spec as JSON
	 */
	static String onlyPaths(Set<String> paths) {
		ObjectNode spec = (ObjectNode) JsonMapper.shared().readTree(locate().toFile());
		ObjectNode kept = ((ObjectNode) spec.get("paths")).deepCopy();
		kept.retain(paths);
		if (kept.size() != paths.size()) {
			throw new IllegalStateException("Spec lacks some of " + paths + "; has " + kept.propertyNames());
		}
		spec.set("paths", kept);
		return spec.toString();
	}

	static Path locate() {
		String override = System.getProperty(OVERRIDE);
		if (override != null && !override.isBlank()) {
			return existing(Path.of(override));
		}
		Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("No mvnw above " + System.getProperty("user.dir") + "; set -D" + OVERRIDE);
		}
		return existing(dir.resolve("../shared/zoom-openapi/zoom-phone-openapi.json").normalize());
	}

	private static Path existing(Path path) {
		if (!Files.isRegularFile(path)) {
			throw new IllegalStateException("Zoom Phone OpenAPI spec not found at " + path + "; set -D" + OVERRIDE);
		}
		return path;
	}

}

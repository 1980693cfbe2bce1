package dev.dialtone.deploy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every environment variable the compose file and the Kubernetes base hand a service is
 * one the service reads: a {@code ${NAME}} placeholder in its application.yml, a
 * {@code dialtone.zoom.*} property of the Zoom client (Spring relaxed binding), a
 * credential the Zoom client reads from the environment, or a Spring Boot / JVM setting.
 * A renamed placeholder would otherwise leave the deployment silently unconfigured.
 */
class EnvironmentMappingTests {

	private static final Set<String> PLATFORM = Set.of("SPRING_PROFILES_ACTIVE", "SPRING_CONFIG_ADDITIONAL_LOCATION",
			"SERVER_PORT", "MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "JAVA_TOOL_OPTIONS");

	private static final Path ZOOM_PROPERTIES = Repository.ROOT
		.resolve("zoom-client/src/main/java/dev/dialtone/zoom/client/ZoomClientProperties.java");

	private static final Map<String, String> K8S_MODULES = Map.of("dialtone-producer", "provisioning-producer",
			"dialtone-worker", "provisioning-worker", "dialtone-auditor", "status-auditor");

	@Test
	void composeHandsEachServiceOnlyVariablesItReads() {
		composeServices().forEach((name, service) -> {
			if (!(service.get("build") instanceof Map<?, ?> build)) {
				return;
			}
			String moduleName = String.valueOf(((Map<?, ?>) build.get("args")).get("SERVICE"));
			if (moduleName.equals("zoom-simulator")) {
				return;
			}
			Path module = Repository.ROOT.resolve(moduleName);
			Manifests.map(service.get("environment"))
				.keySet()
				.forEach((variable) -> assertRead(module, variable, "compose service " + name));
		});
	}

	@Test
	void kubernetesHandsEachServiceOnlyVariablesItReads() {
		Map<String, Object> shared = Manifests.map(Manifests.named("ConfigMap", "dialtone-config").get("data"));
		for (Map<String, Object> container : Manifests.containers()) {
			String name = String.valueOf(container.get("name"));
			Path module = Repository.ROOT.resolve(K8S_MODULES.get(name));
			shared.keySet().forEach((variable) -> assertRead(module, variable, "ConfigMap for " + name));
			Manifests.list(container.get("env"))
				.forEach((env) -> assertRead(module, String.valueOf(Manifests.map(env).get("name")), name));
			for (Object source : Manifests.list(container.get("envFrom"))) {
				Manifests.path(Manifests.map(source), "secretRef", "name")
					.map((secret) -> Manifests.map(Manifests.named("Secret", String.valueOf(secret)).get("stringData")))
					.ifPresent((data) -> data.keySet().forEach((variable) -> assertRead(module, variable, name)));
			}
		}
	}

	private static void assertRead(Path module, String variable, String where) {
		if (PLATFORM.contains(variable)) {
			return;
		}
		String zoomClient = Repository.read(ZOOM_PROPERTIES);
		if (variable.startsWith("DIALTONE_ZOOM_")) {
			assertThat(zoomClient).as(where + ": " + variable + " binds dialtone.zoom." + camel(variable))
				.containsPattern("\\b" + camel(variable) + "\\s*[,)]");
			return;
		}
		String config = Repository.read(module.resolve("src/main/resources/application.yml"));
		boolean zoomCredential = variable.startsWith("ZOOM_") && zoomClient.contains("\"" + variable + "\"")
				&& Repository.read(module.resolve("pom.xml")).contains("<artifactId>zoom-client</artifactId>");
		assertThat(config.contains("${" + variable + ":") || config.contains("${" + variable + "}") || zoomCredential)
			.as("%s: %s is read by %s", where, variable, module.getFileName())
			.isTrue();
	}

	// DIALTONE_ZOOM_API_BASE_URL -> apiBaseUrl
	private static String camel(String variable) {
		String[] words = variable.substring("DIALTONE_ZOOM_".length()).toLowerCase().split("_");
		StringBuilder name = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return name.toString();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> composeServices() {
		Map<String, Object> compose = new Yaml().load(Repository.read(Repository.COMPOSE));
		return new LinkedHashMap<>((Map<String, Map<String, Object>>) compose.get("services"));
	}

}

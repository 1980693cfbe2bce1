package dev.dialtone.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The root docker-compose.yml is valid for Debian's docker-compose (no engine needed) and keeps the stack's rules:
 * pinned images, a healthcheck on every service, start order on health, a scalable worker, two Zoom profiles.
 */
class ComposeFileTests {

	private static final Pattern PINNED = Pattern.compile("[^:]+:(?!latest$)[\\w.-]*\\d[\\w.-]*");

	@Test
	void dockerComposeValidatesTheFileInEveryProfile() {
		Path compose = Tools.require("docker-compose", "docker-compose");
		for (String profile : List.of("sandbox", "production")) {
			Command result = Command.run(Repository.ROOT, List.of(compose.toString(), "--project-directory",
					Repository.ROOT.toString(), "-f", Repository.COMPOSE.toString(), "--profile", profile, "config", "-q"));

			assertThat(result.exitCode()).as(profile + ": " + result).isZero();
		}
	}

	@Test
	void everyServiceIsPinnedHealthCheckedAndWaitsForHealthyDependencies() {
		services().forEach((name, service) -> {
			assertThat(service).as(name).containsKey("healthcheck");
			assertThat(String.valueOf(service.get("image"))).as(name + " image").matches(PINNED);
			Object dependsOn = service.get("depends_on");
			if (dependsOn != null) {
				assertThat(dependsOn).as(name).isInstanceOf(Map.class);
				((Map<?, ?>) dependsOn).forEach((dependency, condition) -> assertThat(condition).as(name + " on " + dependency)
					.isEqualTo(Map.of("condition", "service_healthy")));
			}
		});
	}

	@Test
	void workersScaleWithoutFixedNamesOrHostPorts() {
		for (String worker : List.of("worker", "worker-prod")) {
			assertThat(services().get(worker)).as(worker).doesNotContainKeys("container_name", "ports");
		}
	}

	@Test
	void theSimulatorIsSandboxOnlyAndRealZoomIsTheProductionProfile() {
		Map<String, Map<String, Object>> services = services();

		assertThat(services.get("zoom-simulator").get("profiles")).isEqualTo(List.of("sandbox"));
		assertThat(services.get("worker").get("profiles")).isEqualTo(List.of("sandbox"));
		assertThat(services.get("worker-prod").get("profiles")).isEqualTo(List.of("production"));
		assertThat(environment(services.get("worker"))).containsEntry("DIALTONE_ZOOM_API_BASE_URL",
				"http://zoom-simulator:8090/v2");
		assertThat(environment(services.get("worker-prod")))
			.containsEntry("DIALTONE_ZOOM_API_BASE_URL", "${DIALTONE_ZOOM_API_BASE_URL:-https://api.zoom.us/v2}")
			.containsEntry("ZOOM_CLIENT_SECRET", "${ZOOM_CLIENT_SECRET:-}");
		assertThat(Repository.read(Repository.ROOT.resolve(".gitignore")).lines()).contains(".env");
		assertThat(Repository.ROOT.resolve(".env.example")).isRegularFile();
	}

	@Test
	void theRegistryEnforcesBackwardCompatibility() {
		assertThat(environment(services().get("registry"))).containsEntry("REGISTRY_RULES_GLOBAL_COMPATIBILITY",
				"BACKWARD");
	}

	@Test
	void everyBuiltImageComesFromAPinnedJreAndExposesTheHealthCheckedPort() {
		services().forEach((name, service) -> {
			if (service.get("build") == null) {
				return;
			}
			Path dockerfile = Repository.ROOT.resolve(String.valueOf(service.get("build"))).resolve("Dockerfile");
			String text = Repository.read(dockerfile);
			Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(text);
			assertThat(from.find()).as(dockerfile.toString()).isTrue();
			assertThat(from.group(1)).matches(PINNED).startsWith("eclipse-temurin:17");
			assertThat(text).contains("-exec.jar");
			Matcher expose = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)").matcher(text);
			assertThat(expose.find()).as(dockerfile.toString()).isTrue();
			assertThat(String.valueOf(((Map<?, ?>) service.get("healthcheck")).get("test"))).as(name)
				.contains("localhost:" + expose.group(1) + "/");
		});
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> services() {
		Map<String, Object> compose = new Yaml().load(Repository.read(Repository.COMPOSE));
		return (Map<String, Map<String, Object>>) compose.get("services");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> environment(Map<String, Object> service) {
		return (Map<String, Object>) service.get("environment");
	}

}

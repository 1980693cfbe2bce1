package dev.dialtone.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The root docker-compose.yml is valid for Debian's docker-compose (no engine needed) and
 * keeps the stack's rules: pinned images, a healthcheck on every service, start order on
 * health, a scalable worker, two Zoom profiles.
 */
class ComposeFileTests {

	private static final Pattern PINNED = Pattern.compile("[^:]+:(?!latest$)[\\w.-]*\\d[\\w.-]*");

	@Test
	void dockerComposeValidatesTheFileInEveryProfile() {
		Path compose = Tools.require("docker-compose", "docker-compose");
		for (String profile : List.of("sandbox", "production")) {
			Command result = Command.run(Repository.ROOT,
					List.of(compose.toString(), "--project-directory", Repository.ROOT.toString(), "-f",
							Repository.COMPOSE.toString(), "--profile", profile, "config", "-q"));

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
				((Map<?, ?>) dependsOn)
					.forEach((dependency, condition) -> assertThat(condition).as(name + " on " + dependency)
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
			if (!(service.get("build") instanceof Map<?, ?> build)) {
				return;
			}
			Path dockerfile = Repository.ROOT.resolve(String.valueOf(build.get("context")))
				.resolve(String.valueOf(build.get("dockerfile")));
			String text = Repository.read(dockerfile);
			Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(text);
			assertThat(from.find()).as(dockerfile.toString()).isTrue();
			assertThat(from.group(1)).matches(PINNED).startsWith("eclipse-temurin:17");
			assertThat(text).contains("COPY ${SERVICE}/target/${SERVICE}-*-exec.jar").contains("EXPOSE ${PORT}");
			Map<?, ?> args = (Map<?, ?>) build.get("args");
			assertThat(Repository.ROOT.resolve(String.valueOf(args.get("SERVICE")))).as(name + " module").isDirectory();
			assertThat(String.valueOf(((Map<?, ?>) service.get("healthcheck")).get("test"))).as(name)
				.contains("localhost:" + args.get("PORT") + "/");
		});
	}

	@Test
	void prometheusAndGrafanaMountTheAssetsOfThisRepository() {
		assertThat(Manifests.strings(services().get("prometheus").get("volumes")))
			.contains("./deploy/prometheus:/etc/prometheus/dialtone:ro");
		assertThat(Manifests.strings(services().get("grafana").get("volumes"))).contains(
				"./deploy/grafana/provisioning:/etc/grafana/provisioning:ro",
				"./deploy/grafana/dashboards:/var/lib/grafana/dashboards:ro");
	}

	@Test
	void prometheusScrapesEachServiceOnItsConfiguredPort() {
		Map<String, Object> prometheus = new Yaml().load(Repository.read(Repository.PROMETHEUS_CONFIG));
		Map<String, String> modules = Map.of("dialtone-producer", "provisioning-producer", "dialtone-worker",
				"provisioning-worker", "dialtone-auditor", "status-auditor");
		List<String> checked = new ArrayList<>();
		for (Object job : Manifests.list(prometheus.get("scrape_configs"))) {
			Map<String, Object> scrape = Manifests.map(job);
			String module = modules.get(String.valueOf(scrape.get("job_name")));
			if (module == null) {
				continue;
			}
			checked.add(module);
			Map<String, Object> application = new Yaml()
				.load(Repository.read(Repository.ROOT.resolve(module).resolve("src/main/resources/application.yml")));
			String port = String.valueOf(Manifests.map(application.get("server")).get("port"));
			// static targets name host:port, DNS discovery names the port separately
			String targets = scrape.get("static_configs") + " " + scrape.get("dns_sd_configs");
			assertThat(targets).as(module).containsPattern("(:" + port + "\\]|port=" + port + "\\b)");
			assertThat(scrape).containsEntry("metrics_path", "/actuator/prometheus");
		}
		assertThat(checked).containsExactlyInAnyOrderElementsOf(modules.values());
	}

	@Test
	void theSandboxSeedIsTheDemoWorldWithWebhooksToTheAuditor() {
		Map<String, Object> demo = new Yaml().load(Repository.read(Repository.ROOT
			.resolve("zoom-simulator/src/main/resources/dev/dialtone/zoom/simulator/seed/demo-seed.yaml")));
		Map<String, Object> sandbox = new Yaml()
			.load(Repository.read(Repository.DEPLOY.resolve("compose/sandbox-seed.yaml")));
		Map<String, Object> webhook = Manifests.map(sandbox.get("webhook"));

		assertThat(withoutWebhookUrl(sandbox)).isEqualTo(withoutWebhookUrl(demo));
		assertThat(webhook.get("url")).isEqualTo("http://auditor:8083/zoom/webhooks");
		assertThat(environment(services().get("auditor"))).containsEntry("ZOOM_WEBHOOK_SECRET_TOKEN",
				webhook.get("secretToken"));
		assertThat(environment(services().get("zoom-simulator"))).containsEntry("ZOOM_SIMULATOR_SEED",
				"/config/sandbox-seed.yaml");
	}

	private static Map<String, Object> withoutWebhookUrl(Map<String, Object> seed) {
		Map<String, Object> copy = new LinkedHashMap<>(seed);
		Map<String, Object> webhook = new LinkedHashMap<>(Manifests.map(copy.get("webhook")));
		webhook.remove("url");
		copy.put("webhook", webhook);
		return copy;
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

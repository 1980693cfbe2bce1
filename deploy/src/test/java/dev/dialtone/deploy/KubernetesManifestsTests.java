package dev.dialtone.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.contracts.topics.DialtoneTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Kustomize base parses, lists every manifest, probes every service on its actuator
 * health groups, wires config and secrets that exist, and lets KEDA scale the workers on
 * their group's lag no further than the identity topic's partitions (the catalogue's).
 */
class KubernetesManifestsTests {

	private static final int IDENTITY_PARTITIONS = DialtoneTopic.IDENTITY_EVENTS.defaultPartitions();

	@Test
	void theKustomizationListsEveryManifestInTheDirectory() {
		List<String> resources = Manifests.strings(Manifests.kustomization().get("resources"));
		List<String> manifests = Repository.files(Repository.KUBERNETES, ".yaml", ".yml")
			.stream()
			.map((file) -> file.getFileName().toString())
			.filter((name) -> !name.equals("kustomization.yaml"))
			.toList();

		assertThat(resources).containsExactlyInAnyOrderElementsOf(manifests);
	}

	@Test
	void theBaseHoldsTheThreeServicesTheirConfigSecretAndScaledObject() {
		assertThat(Manifests.all()).extracting((m) -> m.get("kind") + "/" + Manifests.name(m))
			.contains("Deployment/dialtone-producer", "Deployment/dialtone-worker", "Deployment/dialtone-auditor",
					"ConfigMap/dialtone-config", "Secret/dialtone-zoom", "ScaledObject/dialtone-worker");
	}

	@Test
	void everyContainerIsProbedOnActuatorLivenessAndReadiness() {
		List<Map<String, Object>> containers = Manifests.containers();

		assertThat(containers).hasSize(3).allSatisfy((container) -> {
			assertThat(Manifests.path(container, "livenessProbe", "httpGet", "path"))
				.contains("/actuator/health/liveness");
			assertThat(Manifests.path(container, "readinessProbe", "httpGet", "path"))
				.contains("/actuator/health/readiness");
			assertThat(Manifests.path(container, "startupProbe", "httpGet", "path")).isPresent();
			assertThat(Manifests.path(container, "livenessProbe", "httpGet", "port")).contains("http");
			assertThat(Manifests.strings(container.get("ports")).toString()).contains("name=http");
		});
	}

	@Test
	void secretsAndConfigMapsReferencedByContainersExist() {
		for (Map<String, Object> container : Manifests.containers()) {
			for (Object env : Manifests.list(container.get("env"))) {
				Manifests.path(Manifests.map(env), "valueFrom", "secretKeyRef").map(Manifests::map).ifPresent((ref) -> {
					Map<String, Object> secret = Manifests.named("Secret", String.valueOf(ref.get("name")));
					assertThat(Manifests.map(secret.get("stringData"))).containsKey(String.valueOf(ref.get("key")));
				});
			}
			for (Object source : Manifests.list(container.get("envFrom"))) {
				Manifests.path(Manifests.map(source), "configMapRef", "name")
					.ifPresent((name) -> assertThat(Manifests.named("ConfigMap", String.valueOf(name))).isNotEmpty());
				Manifests.path(Manifests.map(source), "secretRef", "name")
					.ifPresent((name) -> assertThat(Manifests.named("Secret", String.valueOf(name))).isNotEmpty());
			}
		}
	}

	@Test
	void theZoomSecretReachesOnlyTheServicesThatCallZoom() {
		for (Map<String, Object> container : Manifests.containers()) {
			boolean zoom = Manifests.list(container.get("env"))
				.stream()
				.anyMatch((env) -> Manifests.path(Manifests.map(env), "valueFrom", "secretKeyRef", "name")
					.filter("dialtone-zoom"::equals)
					.isPresent());
			assertThat(zoom).as(String.valueOf(container.get("name")))
				.isEqualTo(!"dialtone-producer".equals(container.get("name")));
		}
	}

	@Test
	void kedaScalesWorkersOnTheirGroupsLagUpToThePartitionCount() {
		Map<String, Object> scaledObject = Manifests.named("ScaledObject", "dialtone-worker");
		Map<String, Object> spec = Manifests.map(scaledObject.get("spec"));
		Map<String, Object> trigger = Manifests.map(Manifests.list(spec.get("triggers")).get(0));
		Map<String, Object> metadata = Manifests.map(trigger.get("metadata"));

		assertThat(scaledObject.get("apiVersion")).isEqualTo("keda.sh/v1alpha1");
		assertThat((Integer) spec.get("maxReplicaCount")).isPositive().isLessThanOrEqualTo(IDENTITY_PARTITIONS);
		assertThat((Integer) spec.get("minReplicaCount")).isBetween(1, (Integer) spec.get("maxReplicaCount"));
		assertThat(Manifests.path(spec, "scaleTargetRef", "name")).contains("dialtone-worker");
		assertThat(trigger.get("type")).isEqualTo("kafka");
		assertThat(metadata).containsEntry("consumerGroup", "dialtone-provisioning-worker")
			.containsEntry("topic", DialtoneTopic.IDENTITY_EVENTS.defaultName())
			.containsEntry("allowIdleConsumers", "false");
		assertThat(Manifests.map(Manifests.named("ConfigMap", "dialtone-config").get("data")))
			.containsKey(String.valueOf(metadata.get("bootstrapServersFromEnv")));
	}

	@Test
	void productionTopicsAreCreatedReplicated() {
		Map<String, Object> shared = Manifests.map(Manifests.named("ConfigMap", "dialtone-config").get("data"));

		assertThat(shared).containsEntry("DIALTONE_TOPIC_REPLICATION_FACTOR", "3")
			.containsEntry("DIALTONE_TOPIC_MIN_INSYNC_REPLICAS", "2");
	}

	@Test
	void kubectlBuildsTheKustomizationWhenKubectlIsInstalled() {
		Optional<Path> kubectl = Tools.find("kubectl");
		assumeTrue(kubectl.isPresent(), "kubectl not installed: static checks only");

		Command result = Command.run(Repository.KUBERNETES,
				List.of(kubectl.get().toString(), "kustomize", Repository.KUBERNETES.toString()));

		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.output()).contains("kind: ScaledObject", "namespace: dialtone");
	}

}

package dev.dialtone.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** Parsed manifests of the base and small accessors for their nested maps. */
final class Manifests {

	private Manifests() {
	}

	static Map<String, Object> kustomization() {
		Map<String, Object> document = new Yaml()
			.load(Repository.read(Repository.KUBERNETES.resolve("kustomization.yaml")));
		assertThat(document).containsEntry("kind", "Kustomization");
		return document;
	}

	static List<Map<String, Object>> all() {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (String resource : strings(kustomization().get("resources"))) {
			for (Object document : new Yaml().loadAll(Repository.read(Repository.KUBERNETES.resolve(resource)))) {
				if (document != null) {
					Map<String, Object> manifest = map(document);
					assertThat(manifest).as(resource).containsKeys("apiVersion", "kind", "metadata");
					documents.add(manifest);
				}
			}
		}
		return documents;
	}

	static Map<String, Object> named(String kind, String name) {
		return all().stream()
			.filter((m) -> kind.equals(m.get("kind")) && name.equals(name(m)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
	}

	static List<Map<String, Object>> containers() {
		return all().stream()
			.filter((m) -> "Deployment".equals(m.get("kind")))
			.flatMap((m) -> list(map(map(map(m.get("spec")).get("template")).get("spec")).get("containers")).stream())
			.map(Manifests::map)
			.toList();
	}

	static String name(Map<String, Object> manifest) {
		return String.valueOf(map(manifest.get("metadata")).get("name"));
	}

	static Optional<Object> path(Map<String, Object> root, String... keys) {
		Object node = root;
		for (String key : keys) {
			if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
				return Optional.empty();
			}
			node = map.get(key);
		}
		return Optional.ofNullable(node);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object node) {
		return (node instanceof Map<?, ?>) ? (Map<String, Object>) node : Map.of();
	}

	static List<?> list(Object node) {
		return (node instanceof List<?> list) ? list : List.of();
	}

	static List<String> strings(Object node) {
		return list(node).stream().map(String::valueOf).toList();
	}

}

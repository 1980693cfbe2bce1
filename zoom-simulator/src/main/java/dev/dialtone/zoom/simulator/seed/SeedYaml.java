package dev.dialtone.zoom.simulator.seed;

import java.io.InputStream;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads and writes seeds as YAML (JSON is valid YAML, so JSON seeds work too). */
final class SeedYaml {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private SeedYaml() {
	}

	static Seed read(InputStream in) {
		return YAML.readValue(in, Seed.class);
	}

	static Seed read(String yaml) {
		return YAML.readValue(yaml, Seed.class);
	}

	static String write(Seed seed) {
		return YAML.writeValueAsString(seed);
	}

}

package dev.dialtone.diagnose;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The diagnosis as JSON, in the shape {@code diagnosis.schema.json} documents (field
 * names as in {@link Diagnosis}, times ISO-8601).
 */
final class JsonReport {

	/**
	 * Where the documented shape lives on the classpath (and in the module's sources).
	 */
	static final String SCHEMA_RESOURCE = "/dev/dialtone/diagnose/diagnosis.schema.json";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private JsonReport() {
	}

	static String render(Diagnosis diagnosis) {
		return JSON.writeValueAsString(diagnosis) + System.lineSeparator();
	}

}

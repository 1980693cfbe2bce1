package dev.dialtone.producer.scim;

import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shapes stored and returned SCIM user resources: server-owned id and meta, no password
 * ever kept.
 */
final class ScimResources {

	static final String USERS_PATH = "/scim/v2/Users/";

	private ScimResources() {
	}

	/**
	 * A client's body minus what the server owns (id, meta) or must never store
	 * (password).
	 */
	static ObjectNode incoming(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new ScimException(400, "invalidSyntax", "A SCIM User object is required");
		}
		ObjectNode resource = ((ObjectNode) body).deepCopy();
		resource.remove(ScimJson.key(resource, "id"));
		resource.remove(ScimJson.key(resource, "meta"));
		ScimJson.dropPassword(resource);
		ScimJson.active(resource);
		return resource;
	}

	static ObjectNode withMeta(ObjectNode resource, String id, ObjectNode previous) {
		ObjectNode result = resource.deepCopy();
		result.put("id", id);
		ArrayNode schemas = ScimJson.array(result, "schemas");
		if (schemas.valueStream().noneMatch((schema) -> ScimSchemas.USER.equals(schema.asString()))) {
			schemas.insert(0, ScimSchemas.USER);
		}
		for (String extension : ScimSchemas.EXTENSIONS) {
			if (result.has(extension) && schemas.valueStream().noneMatch((s) -> extension.equals(s.asString()))) {
				schemas.add(extension);
			}
		}
		JsonNode previousMeta = (previous != null) ? previous.path("meta") : null;
		String now = Instant.now().toString();
		ObjectNode meta = result.putObject("meta");
		meta.put("resourceType", "User");
		meta.put("created", (previousMeta != null) ? previousMeta.path("created").asString(now) : now);
		meta.put("lastModified", now);
		meta.put("location", USERS_PATH + id);
		long version = (previousMeta != null) ? version(previousMeta.path("version").asString("0")) + 1 : 1;
		meta.put("version", "W/\"" + version + "\"");
		return result;
	}

	private static long version(String etag) {
		String digits = etag.replaceAll("\\D", "");
		return digits.isEmpty() ? 0 : Long.parseLong(digits);
	}

}

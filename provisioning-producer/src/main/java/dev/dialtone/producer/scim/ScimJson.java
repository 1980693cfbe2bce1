package dev.dialtone.producer.scim;

import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * SCIM attribute names are case-insensitive (RFC 7643 §2.1); these helpers honour that
 * over Jackson trees.
 */
final class ScimJson {

	private ScimJson() {
	}

	/** The existing key matching {@code name} ignoring case, or {@code name} itself. */
	static String key(JsonNode object, String name) {
		for (String existing : object.propertyNames()) {
			if (existing.equalsIgnoreCase(name)) {
				return existing;
			}
		}
		return name;
	}

	static JsonNode get(JsonNode object, String name) {
		return (object != null && object.isObject()) ? object.path(key(object, name))
				: JsonNodeFactory.instance.missingNode();
	}

	/**
	 * The value as text for scalars (Entra sends some numbers and booleans as strings),
	 * else null.
	 */
	static String text(JsonNode node) {
		if (node == null || node.isMissingNode() || node.isNull() || node.isContainer()) {
			return null;
		}
		return node.asString();
	}

	static String text(JsonNode object, String name) {
		return text(get(object, name));
	}

	static ObjectNode object(ObjectNode parent, String name) {
		return child(parent, name, ObjectNode.class, parent::putObject);
	}

	static ArrayNode array(ObjectNode parent, String name) {
		return child(parent, name, ArrayNode.class, parent::putArray);
	}

	/**
	 * The child under the case-insensitive {@code name} if it has the wanted type, else a
	 * new one replacing it.
	 */
	private static <T extends JsonNode> T child(ObjectNode parent, String name, Class<T> type,
			Function<String, T> create) {
		String key = key(parent, name);
		JsonNode existing = parent.get(key);
		return type.isInstance(existing) ? type.cast(existing) : create.apply(key);
	}

	static void merge(ObjectNode target, JsonNode values) {
		if (values != null && values.isObject()) {
			for (Map.Entry<String, JsonNode> entry : values.properties()) {
				target.set(key(target, entry.getKey()), entry.getValue());
			}
		}
	}

	/**
	 * Entra ID sends {@code "active": "False"}; booleans and the strings true/false in
	 * any case are read, anything else ({@code 1}, {@code "yes"}, null) is refused rather
	 * than guessed, since a wrong guess terminates a person. Stores a real boolean so
	 * every later read agrees; absent means active.
	 */
	static boolean active(ObjectNode user) {
		JsonNode node = get(user, "active");
		boolean value;
		if (node.isMissingNode()) {
			value = true;
		}
		else if (node.isBoolean()) {
			value = node.booleanValue();
		}
		else if (node.isString() && "true".equalsIgnoreCase(node.stringValue().strip())) {
			value = true;
		}
		else if (node.isString() && "false".equalsIgnoreCase(node.stringValue().strip())) {
			value = false;
		}
		else {
			throw ScimException.invalidValue(
					"active must be true or false (a boolean, or the string \"True\" or " + "\"False\" in any case)");
		}
		user.put(key(user, "active"), value);
		return value;
	}

	/** Passwords are never stored, whichever operation carried one. */
	static void dropPassword(ObjectNode user) {
		user.remove(key(user, "password"));
	}

}

package dev.dialtone.producer.scim;

import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies a SCIM PatchOp to a stored user. Tolerates what Entra ID sends: capitalised op
 * names ({@code "Replace"}), value-filter paths ({@code emails[type eq "work"].value}),
 * extension URNs in paths and in path-less values, and booleans as strings.
 */
final class ScimPatch {

	private ScimPatch() {
	}

	static ObjectNode apply(ObjectNode user, JsonNode patch) {
		JsonNode operations = ScimJson.get(patch, "Operations");
		if (!operations.isArray() || operations.isEmpty()) {
			throw new ScimException(400, "invalidSyntax", "PATCH needs a non-empty Operations array");
		}
		ObjectNode result = user.deepCopy();
		for (JsonNode operation : operations) {
			String op = String.valueOf(ScimJson.text(operation, "op")).toLowerCase(Locale.ROOT);
			String path = ScimJson.text(operation, "path");
			JsonNode value = ScimJson.get(operation, "value");
			switch (op) {
				case "add", "replace" -> {
					if (path == null) {
						setAll(result, value);
					}
					else {
						set(result, ScimPath.parse(path), value);
					}
				}
				case "remove" -> {
					if (path == null) {
						throw new ScimException(400, "noTarget", "remove needs a path");
					}
					remove(result, ScimPath.parse(path));
				}
				default -> throw new ScimException(400, "invalidSyntax", "Unknown PATCH op: " + op);
			}
		}
		ScimJson.dropPassword(result);
		ScimJson.active(result);
		return result;
	}

	/**
	 * Whether any operation names a phone attribute (the Dialtone extension or
	 * {@code phoneNumbers}); a PATCH that does not leaves the phone line as it is.
	 */
	static boolean touchesPhone(JsonNode patch) {
		for (JsonNode operation : ScimJson.get(patch, "Operations")) {
			String path = ScimJson.text(operation, "path");
			if (path != null && isPhone(ScimPath.parse(path))) {
				return true;
			}
			JsonNode value = ScimJson.get(operation, "value");
			if (path == null && value.isObject()) {
				for (String key : value.propertyNames()) {
					if (isPhone(ScimPath.parse(key))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean isPhone(ScimPath path) {
		return ScimSchemas.DIALTONE.equals(path.schema())
				|| (path.schema() == null && "phoneNumbers".equalsIgnoreCase(path.attribute()));
	}

	/**
	 * A path-less add/replace: each key is an attribute, a dotted path, or an extension
	 * URN holding an object.
	 */
	private static void setAll(ObjectNode user, JsonNode values) {
		if (!values.isObject()) {
			throw new ScimException(400, "invalidValue", "add/replace without a path needs an object value");
		}
		for (Map.Entry<String, JsonNode> entry : values.properties()) {
			set(user, ScimPath.parse(entry.getKey()), entry.getValue());
		}
	}

	private static void set(ObjectNode user, ScimPath path, JsonNode value) {
		ObjectNode container = (path.schema() != null) ? ScimJson.object(user, path.schema()) : user;
		if (path.isWholeExtension()) {
			ScimJson.merge(container, value);
			return;
		}
		if (path.hasFilter()) {
			ObjectNode element = matching(ScimJson.array(container, path.attribute()), path);
			if (element == null) {
				element = ScimJson.array(container, path.attribute()).addObject();
				element.put(path.filterAttribute(), path.filterValue());
			}
			if (path.subAttribute() != null) {
				element.set(ScimJson.key(element, path.subAttribute()), value);
			}
			else {
				ScimJson.merge(element, value);
			}
		}
		else if (path.subAttribute() != null) {
			ObjectNode child = ScimJson.object(container, path.attribute());
			child.set(ScimJson.key(child, path.subAttribute()), value);
		}
		else {
			container.set(ScimJson.key(container, path.attribute()), value);
		}
	}

	private static void remove(ObjectNode user, ScimPath path) {
		ObjectNode container = (path.schema() != null) ? ScimJson.object(user, path.schema()) : user;
		if (path.isWholeExtension()) {
			user.remove(ScimJson.key(user, path.schema()));
		}
		else if (path.hasFilter()) {
			ArrayNode array = ScimJson.array(container, path.attribute());
			ObjectNode element;
			while ((element = matching(array, path)) != null) {
				if (path.subAttribute() != null) {
					element.remove(ScimJson.key(element, path.subAttribute()));
					break;
				}
				array.remove(indexOf(array, element));
			}
		}
		else if (path.subAttribute() != null) {
			ScimJson.object(container, path.attribute()).remove(path.subAttribute());
		}
		else {
			container.remove(ScimJson.key(container, path.attribute()));
		}
	}

	private static ObjectNode matching(ArrayNode array, ScimPath path) {
		for (JsonNode element : array) {
			String actual = ScimJson.text(element, path.filterAttribute());
			if (element instanceof ObjectNode object && actual != null && actual.equalsIgnoreCase(path.filterValue())) {
				return object;
			}
		}
		return null;
	}

	private static int indexOf(ArrayNode array, JsonNode element) {
		for (int i = 0; i < array.size(); i++) {
			if (array.get(i) == element) {
				return i;
			}
		}
		return -1;
	}

}

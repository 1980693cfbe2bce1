package dev.dialtone.producer.scim;

import java.time.Instant;
import java.util.regex.Pattern;

import dev.dialtone.producer.validation.EventRequest;
import dev.dialtone.producer.validation.EventRequest.PersonRequest;
import dev.dialtone.producer.validation.EventRequest.PhoneRequest;
import tools.jackson.databind.JsonNode;

/**
 * Reads a SCIM user as Dialtone's intake shape. Employee id: enterprise
 * {@code employeeNumber}, else {@code externalId} (Entra's default mapping is
 * mailNickname). Email: the primary or work email, else userName. Zoom Phone is wanted
 * only when the Dialtone extension is present; a work phone number then becomes the
 * direct number.
 */
final class ScimUserMapper {

	private static final Pattern EMPLOYEE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private ScimUserMapper() {
	}

	/**
	 * The immutable employee id for a newly created SCIM user; fails when the directory
	 * sends none usable.
	 */
	static String employeeId(JsonNode user) {
		String number = ScimJson.text(ScimJson.get(user, ScimSchemas.ENTERPRISE), "employeeNumber");
		String candidate = (number != null && !number.isBlank()) ? number.strip() : ScimJson.text(user, "externalId");
		if (candidate == null || !EMPLOYEE_ID.matcher(candidate.strip()).matches()) {
			throw ScimException.invalidValue("Map an employee id: enterprise extension employeeNumber or externalId "
					+ "(1-64 letters, digits, '.', '_', '-')");
		}
		return candidate.strip();
	}

	/**
	 * @param phoneStated whether this change states the phone: false for a PATCH that
	 * names no phone attribute, which leaves the line as it is; when stated and the
	 * Dialtone extension is absent, the person has no line
	 */
	static EventRequest toEvent(String type, String employeeId, String scimId, JsonNode user, boolean phoneStated) {
		JsonNode enterprise = ScimJson.get(user, ScimSchemas.ENTERPRISE);
		JsonNode dialtone = ScimJson.get(user, ScimSchemas.DIALTONE);
		JsonNode name = ScimJson.get(user, "name");
		PhoneRequest phone = phoneStated ? PhoneRequest.removal() : null;
		if (phoneStated && dialtone.isObject()) {
			String extension = ScimJson.text(dialtone, "extension");
			String number = firstNonNull(typed(user, "phoneNumbers", "work"), ScimJson.text(dialtone, "number"));
			phone = new PhoneRequest((extension != null) ? extension : "allocate",
					ScimJson.text(dialtone, "callingPlanType"), (number != null) ? number : "none");
		}
		PersonRequest person = new PersonRequest(employeeId, email(user), ScimJson.text(name, "givenName"),
				ScimJson.text(name, "familyName"), ScimJson.text(enterprise, "department"),
				ScimJson.text(user, "title"), ScimJson.text(dialtone, "siteCode"), null, phone);
		return new EventRequest(null, type, Instant.now().toString(), "scim:" + scimId, false, person);
	}

	static String email(JsonNode user) {
		String email = null;
		for (JsonNode candidate : ScimJson.get(user, "emails")) {
			String primary = ScimJson.text(candidate, "primary");
			if (Boolean.parseBoolean(primary) || "work".equalsIgnoreCase(ScimJson.text(candidate, "type"))) {
				email = ScimJson.text(candidate, "value");
				if (Boolean.parseBoolean(primary)) {
					break;
				}
			}
		}
		return (email != null) ? email : ScimJson.text(user, "userName");
	}

	private static String typed(JsonNode user, String attribute, String type) {
		for (JsonNode candidate : ScimJson.get(user, attribute)) {
			if (type.equalsIgnoreCase(ScimJson.text(candidate, "type"))) {
				return ScimJson.text(candidate, "value");
			}
		}
		return null;
	}

	private static String firstNonNull(String first, String second) {
		return (first != null) ? first : second;
	}

}

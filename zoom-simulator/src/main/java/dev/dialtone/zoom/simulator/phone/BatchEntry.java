package dev.dialtone.zoom.simulator.phone;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dialtone.zoom.simulator.api.ZoomApiException;
import dev.dialtone.zoom.simulator.api.ZoomError.FieldError;

/**
 * One entry of {@code POST /phone/users/batch}, checked for shape only (what the spec
 * requires of the request); whether Zoom can carry it out is {@link PhoneBatchAddition}'s
 * question.
 */
record BatchEntry(int index, String email, String firstName, String lastName, String extension,
		List<String> callingPlans, String siteCode, String siteName, List<String> phoneNumbers) {

	/** Zoom's documented limit, answered 400/400 beyond it. */
	static final int MAX_USERS = 10;

	String field(String name) {
		return "users[" + this.index + "]." + name;
	}

	/**
	 * @param body the request body
	 * @return the entries in request order
	 * @throws ZoomApiException 400/400 over 10 users, 400/300 with every field error
	 * found
	 */
	static List<BatchEntry> parse(Map<String, Object> body) {
		Object users = (body != null) ? body.get("users") : null;
		if (!(users instanceof List<?> items) || items.isEmpty()) {
			throw ZoomApiException.invalidField("users", "Invalid field.");
		}
		if (items.size() > MAX_USERS) {
			throw ZoomApiException.badRequest(400, "User size must be less than 10.");
		}
		List<FieldError> errors = new ArrayList<>();
		List<BatchEntry> entries = new ArrayList<>();
		Set<String> emails = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			String prefix = "users[" + i + "].";
			if (!(items.get(i) instanceof Map<?, ?> item)) {
				errors.add(new FieldError("users[" + i + "]", "Invalid field."));
				continue;
			}
			String email = text(item.get("email"));
			if (email == null || !email.contains("@")) {
				errors.add(new FieldError(prefix + "email", "Invalid field."));
			}
			else if (!emails.add(email.toLowerCase(Locale.ROOT))) {
				errors.add(new FieldError(prefix + "email", "Duplicate email in the batch."));
			}
			String extension = text(item.get("extension_number"));
			if (extension == null || !extension.matches("\\d{2,16}")) {
				errors.add(new FieldError(prefix + "extension_number", "Invalid extension number."));
			}
			List<String> plans = strings(item.get("calling_plans"), 150);
			if (plans == null) {
				errors.add(new FieldError(prefix + "calling_plans", "Invalid field."));
			}
			List<String> numbers = (item.get("phone_numbers") != null) ? strings(item.get("phone_numbers"), 10)
					: List.of();
			if (numbers == null || numbers.stream().anyMatch((n) -> !n.matches("\\+\\d{6,15}"))) {
				errors.add(new FieldError(prefix + "phone_numbers", "Invalid field."));
			}
			String siteCode = text(item.get("site_code"));
			String siteName = text(item.get("site_name"));
			if (siteCode == null && siteName == null) {
				errors.add(new FieldError(prefix + "site_code", "site_code or site_name is required."));
			}
			Object activation = item.get("activation_status");
			if (activation != null && !"activate".equals(activation) && !"deactivate".equals(activation)) {
				errors.add(new FieldError(prefix + "activation_status", "Invalid field."));
			}
			if (item.get("template_name") != null) {
				// the simulator has no templates: every name is unknown, as the spec's
				// 404
				throw new ZoomApiException(404, 404, "Template is invalid");
			}
			entries.add(new BatchEntry(i, email, text(item.get("first_name")), text(item.get("last_name")), extension,
					plans, siteCode, siteName, numbers));
		}
		if (!errors.isEmpty()) {
			throw new ZoomApiException(400, 300, ZoomApiException.VALIDATION_FAILED, errors, Map.of());
		}
		return entries;
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		String text = value.toString().trim();
		return text.isEmpty() ? null : text;
	}

	private static List<String> strings(Object value, int max) {
		if (!(value instanceof List<?> items) || items.size() > max
				|| items.stream().anyMatch((i) -> !(i instanceof String))) {
			return null;
		}
		return items.stream().map(String.class::cast).map(String::trim).toList();
	}

}

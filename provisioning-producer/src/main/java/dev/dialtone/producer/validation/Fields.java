package dev.dialtone.producer.validation;

import java.util.Locale;

/** Whitespace and case normalisation shared by every intake path. */
final class Fields {

	private Fields() {
	}

	/** Trims, and turns blank into null so "absent" has one representation. */
	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	static String upper(String value) {
		String cleaned = clean(value);
		return (cleaned != null) ? cleaned.toUpperCase(Locale.ROOT) : null;
	}

	static String lower(String value) {
		String cleaned = clean(value);
		return (cleaned != null) ? cleaned.toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * Directory exports write numbers as "+1 (212) 555-0100"; E.164 has no separators.
	 */
	static String phoneDigits(String value) {
		String cleaned = clean(value);
		return (cleaned != null) ? cleaned.replaceAll("[\\s().\\-]", "") : null;
	}

}

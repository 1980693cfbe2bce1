package dev.dialtone.producer.validation;

import java.util.List;
import java.util.Locale;

/** Whitespace, case and character normalisation shared by every intake path. */
final class Fields {

	private static final int ECHO = 40;

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
	 * A cleaned text field, or null with an error added when it holds a control character
	 * or is longer than {@code max} characters. Control characters are checked before
	 * trimming: a trailing CR/LF is as much an injection as an inner one.
	 */
	static String text(String value, String field, int max, List<FieldError> errors) {
		if (value == null) {
			return null;
		}
		if (hasControlCharacter(value)) {
			errors.add(new FieldError(field, "control_character",
					field + " must not contain control characters (NUL, ESC, CR, LF, TAB, ...)"));
			return null;
		}
		String cleaned = clean(value);
		if (cleaned != null && cleaned.codePointCount(0, cleaned.length()) > max) {
			errors.add(new FieldError(field, "too_long", field + " must be at most " + max + " characters"));
			return null;
		}
		return cleaned;
	}

	/**
	 * Unicode Cc (C0/C1 controls), line and paragraph separators, and lone surrogates:
	 * nothing a name, title or id ever needs, everything a log or a header injection
	 * does.
	 */
	static boolean hasControlCharacter(String value) {
		return value.codePoints().anyMatch((c) -> {
			int type = Character.getType(c);
			return type == Character.CONTROL || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
		});
	}

	/** A submitted value as error messages quote it: short, so a huge value stays out. */
	static String echo(String value) {
		if (value == null) {
			return "";
		}
		String stripped = value.strip();
		return (stripped.codePointCount(0, stripped.length()) <= ECHO) ? stripped
				: stripped.substring(0, stripped.offsetByCodePoints(0, ECHO)) + "…";
	}

	/**
	 * Directory exports write numbers as "+1 (212) 555-0100"; E.164 has no separators.
	 */
	static String phoneDigits(String value) {
		String cleaned = clean(value);
		return (cleaned != null) ? cleaned.replaceAll("[\\s().\\-]", "") : null;
	}

}

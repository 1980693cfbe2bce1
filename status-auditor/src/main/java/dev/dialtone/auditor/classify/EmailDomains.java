package dev.dialtone.auditor.classify;

import java.util.Locale;

/**
 * The domain part of a work email, lower-cased, as managed_domains lists it.
 */
public final class EmailDomains {

	private EmailDomains() {
	}

	public static String of(String email) {
		if (email == null) {
			return "unknown";
		}
		int at = email.lastIndexOf('@');
		return (at < 0) ? "unknown" : email.substring(at + 1).toLowerCase(Locale.ROOT);
	}

}

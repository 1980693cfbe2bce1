package dev.dialtone.auditor.web;

import java.util.Locale;

import dev.dialtone.contracts.PendingAnomaly;

/**
 * A group of anomalies as the page shows it: by cause and/or by domain, optionally
 * narrowed by a search text (employee id, email, cause, kind); an unset part matches
 * everything.
 *
 * @param cause a {@code PendingCause} name, or null
 * @param domain an email domain, or null
 * @param search text to find in the employee id, email, cause or kind, or null
 */
record AnomalyGroup(String cause, String domain, String search) {

	AnomalyGroup {
		cause = blankToNull(cause);
		domain = blankToNull(domain);
		search = blankToNull(search);
	}

	boolean matches(PendingAnomaly anomaly) {
		return (this.cause == null || this.cause.equalsIgnoreCase(anomaly.getCause().name()))
				&& (this.domain == null || this.domain.equalsIgnoreCase(anomaly.getEmailDomain()))
				&& (this.search == null || String
					.join(" ", anomaly.getEmployeeId(), String.valueOf(anomaly.getWorkEmail()),
							anomaly.getCause().name(), anomaly.getKind().name())
					.toLowerCase(Locale.ROOT)
					.contains(this.search.toLowerCase(Locale.ROOT)));
	}

	boolean everything() {
		return this.cause == null && this.domain == null && this.search == null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

package dev.dialtone.worker.phone;

import java.util.Locale;
import java.util.Map;

import dev.dialtone.worker.config.WorkerProperties;

/**
 * Resolves Dialtone site codes to the Zoom Phone sites configured under
 * {@code dialtone.worker.sites}.
 */
final class Sites {

	private final Map<String, WorkerProperties.Site> byCode;

	Sites(Map<String, WorkerProperties.Site> byCode) {
		this.byCode = byCode;
	}

	/**
	 * @param siteCode the event's site code
	 * @return the site
	 * @throws UnknownSiteException when the code is missing or not configured (a data
	 * error, never retried)
	 */
	WorkerProperties.Site require(String siteCode) {
		if (siteCode == null) {
			throw new UnknownSiteException("the person has a phone setup but no site code");
		}
		WorkerProperties.Site site = this.byCode.get(siteCode);
		if (site == null) {
			site = this.byCode.get(siteCode.toUpperCase(Locale.ROOT));
		}
		if (site == null) {
			throw new UnknownSiteException("site code " + siteCode + " is not configured (dialtone.worker.sites)");
		}
		return site;
	}

	/** The event names a site the worker does not know. */
	static class UnknownSiteException extends RuntimeException {

		UnknownSiteException(String message) {
			super(message);
		}

	}

}

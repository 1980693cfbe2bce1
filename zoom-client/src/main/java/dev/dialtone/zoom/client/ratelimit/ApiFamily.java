package dev.dialtone.zoom.client.ratelimit;

/**
 * Zoom counts the Zoom Phone API against its own, smaller limits, separately from the
 * other APIs.
 */
public enum ApiFamily {

	/** Users, accounts and the other non-phone APIs. */
	STANDARD,

	/** The Zoom Phone API ({@code /phone/...}). */
	PHONE

}

package dev.dialtone.zoom.client.ratelimit;

/**
 * The account plan the rate budget is sized from (zoom-api.md §6).
 */
public enum Plan {

	PRO,

	/** Business, Education, Enterprise and Partners. */
	BUSINESS_PLUS,

	/** Rates taken from {@code dialtone.zoom.custom-rates}. */
	CUSTOM

}

package dev.dialtone.zoom.client.ratelimit;

/**
 * Zoom's rate-limit categories; limits are counted per account and category, not per
 * endpoint.
 */
public enum RateCategory {

	LIGHT,

	MEDIUM,

	HEAVY,

	RESOURCE_INTENSIVE

}

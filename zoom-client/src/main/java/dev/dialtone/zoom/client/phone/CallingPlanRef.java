package dev.dialtone.zoom.client.phone;

/**
 * A calling plan held by a phone user.
 *
 * @param type plan type code (e.g. 200 UNLIMITED_PLAN_US_CA)
 * @param name plan name, when Zoom sends it
 * @param billingAccountId billing account (India only)
 */
public record CallingPlanRef(Integer type, String name, String billingAccountId) {
}

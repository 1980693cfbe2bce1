package dev.dialtone.zoom.client.phone;

/**
 * One of the account's calling plans from {@code GET /phone/calling_plans}.
 *
 * @param type plan type code
 * @param name plan name
 * @param subscribed plans bought
 * @param assigned plans in use
 * @param available plans still assignable
 */
public record CallingPlan(Integer type, String name, Integer subscribed, Integer assigned, Integer available) {
}

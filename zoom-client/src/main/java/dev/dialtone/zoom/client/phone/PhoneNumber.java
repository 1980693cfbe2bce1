package dev.dialtone.zoom.client.phone;

/**
 * A number from {@code GET /phone/numbers}.
 *
 * @param id number id
 * @param number E.164 number
 * @param status pending or available
 * @param numberType toll or tollfree
 * @param source internal or external
 * @param site the site the number belongs to
 * @param assignee who holds it, null when unassigned
 */
public record PhoneNumber(String id, String number, String status, String numberType, String source, SiteRef site,
		Assignee assignee) {

	/**
	 * @return whether someone holds the number
	 */
	public boolean isAssigned() {
		return this.assignee != null && this.assignee.id() != null;
	}

	/**
	 * Holder of a number.
	 *
	 * @param id holder id (a user id for users)
	 * @param name holder name
	 * @param extensionNumber holder's extension
	 * @param type user, callQueue, autoReceptionist, ...
	 */
	public record Assignee(String id, String name, Long extensionNumber, String type) {
	}

}

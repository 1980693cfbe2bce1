package dev.dialtone.zoom.client.users;

import java.util.Locale;

/**
 * {@code action} query parameter of {@code DELETE /users/{userId}}.
 */
public enum DeleteAction {

	/**
	 * Removes the user from the account but keeps their Zoom account; also how pending
	 * users are removed.
	 */
	DISASSOCIATE,

	/** Deletes the user permanently. */
	DELETE;

	public String wireValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}

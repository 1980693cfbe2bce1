package dev.dialtone.zoom.client.users;

import java.util.Locale;

/**
 * {@code action} of {@code PUT /users/{userId}/status}.
 */
public enum StatusAction {

	ACTIVATE,

	/** Removes all licenses. */
	DEACTIVATE;

	public String wireValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}

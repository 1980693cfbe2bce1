package dev.dialtone.zoom.client.users;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Zoom user's {@code status}.
 */
public enum UserStatus {

	@JsonProperty("active")
	ACTIVE,

	@JsonProperty("inactive")
	INACTIVE,

	@JsonProperty("pending")
	PENDING,

	/** A value this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN;

	/**
	 * @return the value used in Zoom's JSON and query strings
	 */
	public String wireValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}

package dev.dialtone.zoom.client.phone;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A phone number by id and/or E.164 number.
 *
 * @param id Zoom's phone number id
 * @param number E.164 number
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PhoneNumberRef(String id, String number) {

	public static PhoneNumberRef ofId(String id) {
		return new PhoneNumberRef(id, null);
	}

	public static PhoneNumberRef ofNumber(String number) {
		return new PhoneNumberRef(null, number);
	}

}

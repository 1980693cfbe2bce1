package dev.dialtone.zoom.client.phone;

import java.util.List;

/**
 * One page of {@code GET /phone/numbers}.
 *
 * @param nextPageToken token of the next page; blank or null on the last
 * @param pageSize page size
 * @param totalRecords total matching numbers
 * @param phoneNumbers the numbers on this page
 */
public record PhoneNumberPage(String nextPageToken, Integer pageSize, Integer totalRecords,
		List<PhoneNumber> phoneNumbers) {

	public PhoneNumberPage {
		phoneNumbers = (phoneNumbers != null) ? List.copyOf(phoneNumbers) : List.of();
	}

	public boolean hasNext() {
		return this.nextPageToken != null && !this.nextPageToken.isBlank();
	}

}

package dev.dialtone.zoom.client.phone;

import java.util.List;

/**
 * One page of {@code GET /phone/users}.
 *
 * @param nextPageToken token of the next page; blank or null on the last
 * @param pageSize page size
 * @param totalRecords total matching users
 * @param users the users on this page
 */
public record PhoneUserPage(String nextPageToken, Integer pageSize, Integer totalRecords,
		List<PhoneUserSummary> users) {

	public PhoneUserPage {
		users = (users != null) ? List.copyOf(users) : List.of();
	}

	public boolean hasNext() {
		return this.nextPageToken != null && !this.nextPageToken.isBlank();
	}

}

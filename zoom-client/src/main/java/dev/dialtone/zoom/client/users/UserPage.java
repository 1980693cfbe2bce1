package dev.dialtone.zoom.client.users;

import java.util.List;

/**
 * One page of {@code GET /users}.
 *
 * @param pageSize page size
 * @param totalRecords total matching users
 * @param nextPageToken token of the next page; blank or null on the last
 * @param users the users on this page
 */
public record UserPage(Integer pageSize, Integer totalRecords, String nextPageToken, List<ZoomUser> users) {

	public UserPage {
		users = (users != null) ? List.copyOf(users) : List.of();
	}

	/**
	 * @return whether another page follows
	 */
	public boolean hasNext() {
		return this.nextPageToken != null && !this.nextPageToken.isBlank();
	}

}

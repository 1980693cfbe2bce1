package dev.dialtone.zoom.client.users;

import java.util.Objects;

/**
 * Parameters of {@code GET /users}.
 *
 * @param status which users to list
 * @param pageSize 1..300
 * @param nextPageToken token from the previous page, or null for the first
 */
public record UserQuery(UserStatus status, int pageSize, String nextPageToken) {

	public UserQuery {
		Objects.requireNonNull(status, "status");
		if (pageSize < 1 || pageSize > 300) {
			throw new IllegalArgumentException("pageSize must be 1..300");
		}
	}

	/**
	 * @param status which users to list
	 * @return the first page of up to 300 users
	 */
	public static UserQuery byStatus(UserStatus status) {
		return new UserQuery(status, 300, null);
	}

	/**
	 * @param token next_page_token of the previous page
	 * @return the query for the following page
	 */
	public UserQuery page(String token) {
		return new UserQuery(this.status, this.pageSize, token);
	}

}

package dev.dialtone.zoom.client.users;

import java.util.List;

/**
 * A Zoom user as {@code GET /users/{userId}} and {@code GET /users} return it. Pending
 * users may come back with only a few fields set.
 *
 * @param id Zoom user id
 * @param email email
 * @param firstName first name
 * @param lastName last name
 * @param displayName display name
 * @param type user type (1 Basic, 2 Licensed, ...)
 * @param status active, inactive or pending
 * @param verified 1 when the email is verified, 0 otherwise
 * @param loginTypes login types (101 SSO, 100 Zoom work email, ...)
 * @param dept department
 * @param jobTitle job title
 * @param createdAt creation time as Zoom formats it
 * @param roleName role name
 */
public record ZoomUser(String id, String email, String firstName, String lastName, String displayName, Integer type,
		UserStatus status, Integer verified, List<Integer> loginTypes, String dept, String jobTitle, String createdAt,
		String roleName) {

	/** Login type for SSO. */
	public static final int LOGIN_SSO = 101;

	/** Login type for Zoom work email. */
	public static final int LOGIN_WORK_EMAIL = 100;

	public ZoomUser {
		loginTypes = (loginTypes != null) ? List.copyOf(loginTypes) : List.of();
		status = (status != null) ? status : UserStatus.UNKNOWN;
	}

	public boolean isActive() {
		return this.status == UserStatus.ACTIVE;
	}

	public boolean isPending() {
		return this.status == UserStatus.PENDING;
	}

	/**
	 * @param loginType a login type code
	 * @return whether the user can log in that way
	 */
	public boolean hasLoginType(int loginType) {
		return this.loginTypes.contains(loginType);
	}

}

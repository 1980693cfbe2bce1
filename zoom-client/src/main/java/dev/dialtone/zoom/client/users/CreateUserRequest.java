package dev.dialtone.zoom.client.users;

import java.util.Objects;

/**
 * Body of {@code POST /users}.
 *
 * @param action how Zoom should create the user
 * @param email work email (required, at most 128 characters)
 * @param type user type: 1 Basic, 2 Licensed, 4 Unassigned, 99 None (ssoCreate only)
 * @param firstName first name (optional)
 * @param lastName last name (optional)
 * @param displayName display name (optional)
 * @param password only for autoCreate (optional)
 * @param zoomPhone {@code user_info.feature.zoom_phone} (optional)
 */
public record CreateUserRequest(CreateAction action, String email, int type, String firstName, String lastName,
		String displayName, String password, Boolean zoomPhone) {

	public static final int BASIC = 1;

	public static final int LICENSED = 2;

	public CreateUserRequest {
		Objects.requireNonNull(action, "action");
		if (email == null || email.isBlank()) {
			throw new IllegalArgumentException("email is required");
		}
	}

	/**
	 * @param email work email
	 * @param firstName first name
	 * @param lastName last name
	 * @return an ssoCreate request for a licensed user
	 */
	public static CreateUserRequest ssoCreate(String email, String firstName, String lastName) {
		return new CreateUserRequest(CreateAction.SSO_CREATE, email, LICENSED, firstName, lastName, null, null, null);
	}

	public CreateUserRequest withAction(CreateAction newAction) {
		return new CreateUserRequest(newAction, this.email, this.type, this.firstName, this.lastName, this.displayName,
				this.password, this.zoomPhone);
	}

	public CreateUserRequest withType(int newType) {
		return new CreateUserRequest(this.action, this.email, newType, this.firstName, this.lastName, this.displayName,
				this.password, this.zoomPhone);
	}

	public CreateUserRequest withZoomPhone(boolean enabled) {
		return new CreateUserRequest(this.action, this.email, this.type, this.firstName, this.lastName,
				this.displayName, this.password, enabled);
	}

	@Override
	public String toString() {
		return "CreateUserRequest[action=" + this.action + ", type=" + this.type + ", password="
				+ ((this.password != null) ? "****" : null) + "]";
	}

}

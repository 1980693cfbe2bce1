package dev.dialtone.zoom.client.users;

import java.util.Optional;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomResponse;

/**
 * Zoom's Users API. {@code userId} may be the user's id or email address everywhere.
 * Failures throw {@link ZoomApiException}.
 */
public interface ZoomUsers {

	/**
	 * {@code POST /users}. Zoom answers 201 even when the user ends up pending: read the
	 * user back to learn its status.
	 * @param request action and user info
	 * @return the created user's id, email, names and type
	 * @throws ZoomApiException {@code isAlreadyExists()} for 409/1005 (adopt the existing
	 * user), code 2002 when SSO pre-provisioning is off
	 */
	ZoomResponse<CreatedUser> create(CreateUserRequest request);

	/**
	 * {@code GET /users/{userId}}.
	 * @param userIdOrEmail user id or email
	 * @return the user
	 * @throws ZoomApiException {@code isNotFound()} for 404/1001
	 */
	ZoomResponse<ZoomUser> get(String userIdOrEmail);

	/**
	 * {@code GET /users/{userId}/settings}, read only for what Zoom's answer says of the
	 * user's status: Zoom refuses a pending user's settings (400/1000 "You can not access
	 * settings of users that are still in pending state."). It is a Users Medium call, so
	 * a worker can tell a user it just created active from pending without spending the
	 * Users Light budget that ssoCreate and the profile PATCH already need.
	 * @param userId user id
	 * @return {@link UserStatus#PENDING} on that refusal, {@link UserStatus#ACTIVE} when
	 * the settings are readable (Zoom does not say here whether the user is inactive)
	 * @throws ZoomApiException {@code isNotFound()} for 404/1001, or any other refusal
	 */
	ZoomResponse<UserStatus> statusFromSettings(String userId);

	/**
	 * {@code GET /users/{userId}}, answering a 404/1001 with an empty body instead of an
	 * exception (status 404).
	 * @param userIdOrEmail user id or email
	 * @return the user, or empty when Zoom does not know it
	 */
	ZoomResponse<Optional<ZoomUser>> find(String userIdOrEmail);

	/**
	 * {@code GET /users?status=&page_size=&next_page_token=}, one page.
	 * @param query status, page size and page token
	 * @return one page of users
	 */
	ZoomResponse<UserPage> list(UserQuery query);

	/**
	 * {@code PATCH /users/{userId}}; only non-null fields of the update are sent.
	 * @param userIdOrEmail user id or email
	 * @param update fields to change (names, department, job title, type,
	 * {@code feature.zoom_phone})
	 * @return 204 on success
	 */
	ZoomResponse<Void> update(String userIdOrEmail, UserUpdate update);

	/**
	 * {@code PUT /users/{userId}/status}.
	 * @param userIdOrEmail user id or email
	 * @param action activate or deactivate
	 * @return 204 on success
	 */
	ZoomResponse<Void> updateStatus(String userIdOrEmail, StatusAction action);

	/**
	 * {@code PUT /users/{userId}/email}: changes a user's work email at once (no
	 * confirmation mail); the user keeps its id, status, licences and phone line, and an
	 * SSO user signs in with the new email from then on.
	 * @param userIdOrEmail user id or current email
	 * @param email the new email, on a verified managed domain of the account
	 * @return 204 on success
	 * @throws ZoomApiException {@code isAlreadyExists()} when another Zoom user holds the
	 * email (1005); code 1116 when its domain is not a managed domain; 1000 for a pending
	 * user
	 */
	ZoomResponse<Void> changeEmail(String userIdOrEmail, String email);

	/**
	 * {@code DELETE /users/{userId}?action=}. Use {@link DeleteAction#DISASSOCIATE} for
	 * pending users.
	 * @param userIdOrEmail user id or email
	 * @param action disassociate (default in Zoom) or delete
	 * @return 204 on success
	 */
	ZoomResponse<Void> delete(String userIdOrEmail, DeleteAction action);

	/**
	 * {@code GET /users/email?email=}. True only for email-signup users inside this
	 * account; says nothing about personal Zoom accounts elsewhere.
	 * @param email email address
	 * @return whether the email exists in this account
	 */
	ZoomResponse<Boolean> emailExists(String email);

}

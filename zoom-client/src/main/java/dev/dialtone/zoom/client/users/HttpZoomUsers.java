package dev.dialtone.zoom.client.users;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomEndpoint;
import dev.dialtone.zoom.client.ZoomResponse;
import dev.dialtone.zoom.client.http.ZoomCall;
import dev.dialtone.zoom.client.http.ZoomHttp;

/**
 * {@link ZoomUsers} over {@link ZoomHttp}. Created by {@code ZoomClient.create}.
 */
public final class HttpZoomUsers implements ZoomUsers {

	private final ZoomHttp http;

	public HttpZoomUsers(ZoomHttp http) {
		this.http = http;
	}

	@Override
	public ZoomResponse<CreatedUser> create(CreateUserRequest request) {
		ZoomCall call = ZoomCall.to(ZoomEndpoint.CREATE_USER).body(UserBodies.create(request));
		return this.http.exchange(call, CreatedUser.class);
	}

	@Override
	public ZoomResponse<ZoomUser> get(String userIdOrEmail) {
		return this.http.exchange(ZoomCall.to(ZoomEndpoint.GET_USER, userIdOrEmail), ZoomUser.class);
	}

	@Override
	public ZoomResponse<UserStatus> statusFromSettings(String userId) {
		try {
			return this.http.exchange(ZoomCall.to(ZoomEndpoint.GET_USER_SETTINGS, userId), Map.class)
				.map((settings) -> UserStatus.ACTIVE);
		}
		catch (ZoomApiException ex) {
			if (ex.status() != 400 || ex.zoomCode().orElse(0) != ZoomApiException.CODE_PENDING_USER) {
				throw ex;
			}
			return new ZoomResponse<>(UserStatus.PENDING, ex.status(), ex.trackingId().orElse(null), ex.endpoint(),
					ex.duration(), Duration.ZERO, ex.attempts());
		}
	}

	@Override
	public ZoomResponse<Optional<ZoomUser>> find(String userIdOrEmail) {
		try {
			return get(userIdOrEmail).map(Optional::of);
		}
		catch (ZoomApiException ex) {
			if (!ex.isNotFound()) {
				throw ex;
			}
			return new ZoomResponse<>(Optional.empty(), ex.status(), ex.trackingId().orElse(null), ex.endpoint(),
					ex.duration(), Duration.ZERO, ex.attempts());
		}
	}

	@Override
	public ZoomResponse<UserPage> list(UserQuery query) {
		ZoomCall call = ZoomCall.to(ZoomEndpoint.LIST_USERS)
			.query("status", query.status().wireValue())
			.query("page_size", query.pageSize())
			.query("next_page_token", blankToNull(query.nextPageToken()));
		return this.http.exchange(call, UserPage.class);
	}

	@Override
	public ZoomResponse<Void> update(String userIdOrEmail, UserUpdate update) {
		ZoomCall call = ZoomCall.to(ZoomEndpoint.UPDATE_USER, userIdOrEmail).body(UserBodies.update(update));
		return this.http.exchange(call, Void.class);
	}

	@Override
	public ZoomResponse<Void> updateStatus(String userIdOrEmail, StatusAction action) {
		ZoomCall call = ZoomCall.to(ZoomEndpoint.UPDATE_USER_STATUS, userIdOrEmail)
			.body(Map.of("action", action.wireValue()));
		return this.http.exchange(call, Void.class);
	}

	@Override
	public ZoomResponse<Void> changeEmail(String userIdOrEmail, String email) {
		ZoomCall call = ZoomCall.to(ZoomEndpoint.UPDATE_USER_EMAIL, userIdOrEmail).body(Map.of("email", email));
		return this.http.exchange(call, Void.class);
	}

	@Override
	public ZoomResponse<Void> delete(String userIdOrEmail, DeleteAction action) {
		ZoomCall call = ZoomCall.to(ZoomEndpoint.DELETE_USER, userIdOrEmail).query("action", action.wireValue());
		return this.http.exchange(call, Void.class);
	}

	@Override
	public ZoomResponse<Boolean> emailExists(String email) {
		ZoomCall call = ZoomCall.to(ZoomEndpoint.CHECK_EMAIL).query("email", email);
		return this.http.exchange(call, UserBodies.EmailCheck.class).map((body) -> body != null && body.existedEmail());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}

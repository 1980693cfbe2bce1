package dev.dialtone.zoom.client;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class ZoomApiExceptionTests {

	@Test
	void carriesWhatACallerRecordsAndDecidesOn() {
		ZoomApiException ex = new ZoomApiException(ZoomErrorKind.ALREADY_EXISTS, ZoomEndpoint.CREATE_USER, 409, 1005,
				"User already in the account", "track-1", null, Duration.ofMillis(12), 1, null);
		assertThat(ex.isAlreadyExists()).isTrue();
		assertThat(ex.isRetryable()).isFalse();
		assertThat(ex.zoomCode()).contains(1005);
		assertThat(ex.trackingId()).contains("track-1");
		assertThat(ex.retryAfter()).isEmpty();
		assertThat(ex.getMessage()).contains("POST /users", "409", "1005");
	}

	@Test
	void retryAfterCountsDownToTheInstantZoomGaveAndNeverGoesNegative() {
		ZoomApiException later = rateLimited(Instant.now().plusSeconds(30));
		assertThat(later.retryAfter())
			.hasValueSatisfying((d) -> assertThat(d).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30)));
		assertThat(rateLimited(Instant.now().minusSeconds(5)).retryAfter()).contains(Duration.ZERO);
	}

	@Test
	void aPendingUsersPhoneLookupIsAUserNotFound() {
		ZoomApiException ex = new ZoomApiException(ZoomErrorKind.NOT_FOUND, ZoomEndpoint.GET_PHONE_USER, 404, 1001,
				"User does not exist: u1", null, null, Duration.ZERO, 1, null);
		assertThat(ex.isNotFound()).isTrue();
		assertThat(ex.isUserNotFound()).isTrue();
	}

	@Test
	void aScopeRefusalNamesTheScopesZoomListedAndOnlyThen() {
		ZoomApiException ex = new ZoomApiException(ZoomErrorKind.MISSING_SCOPE, ZoomEndpoint.ASSIGN_PHONE_NUMBERS, 400,
				4711,
				"Invalid access token, does not contain scopes:[phone:write:user_number, phone:write:user_number:admin].",
				null, null, Duration.ZERO, 1, null);
		assertThat(ex.isMissingScope()).isTrue();
		assertThat(ex.isRetryable()).isFalse();
		assertThat(ex.missingScopes()).containsExactly("phone:write:user_number", "phone:write:user_number:admin");
		ZoomApiException bare = new ZoomApiException(ZoomErrorKind.MISSING_SCOPE, ZoomEndpoint.GET_USER, 400, 4700,
				"Invalid access token, does not contain scopes", null, null, Duration.ZERO, 1, null);
		assertThat(bare.missingScopes()).isEmpty();
		ZoomApiException other = new ZoomApiException(ZoomErrorKind.REJECTED, ZoomEndpoint.GET_USER, 400, 300,
				"Invalid field scopes:[x]", null, null, Duration.ZERO, 1, null);
		assertThat(other.missingScopes()).isEmpty();
	}

	private static ZoomApiException rateLimited(Instant retryAt) {
		return new ZoomApiException(ZoomErrorKind.RATE_LIMITED, ZoomEndpoint.GET_PHONE_USER, 429, 429, "slow down",
				null, retryAt, Duration.ZERO, 1, null);
	}

}

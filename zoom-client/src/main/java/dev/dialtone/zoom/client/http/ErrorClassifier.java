package dev.dialtone.zoom.client.http;

import java.util.Locale;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomErrorKind;

/**
 * Maps an HTTP status and Zoom error code to a {@link ZoomErrorKind}. Internal to the
 * client.
 */
public final class ErrorClassifier {

	private ErrorClassifier() {
	}

	/**
	 * @param status HTTP status of a non-2xx response
	 * @param zoomCode Zoom's {@code code}, or null
	 * @return the classification
	 */
	public static ZoomErrorKind classify(int status, Integer zoomCode) {
		if (status == 429) {
			return ZoomErrorKind.RATE_LIMITED;
		}
		if (status >= 500) {
			return ZoomErrorKind.SERVER_ERROR;
		}
		if (status == 409 || is(zoomCode, ZoomApiException.CODE_ALREADY_EXISTS)) {
			return ZoomErrorKind.ALREADY_EXISTS;
		}
		if (status == 404 || is(zoomCode, ZoomApiException.CODE_USER_NOT_FOUND)) {
			return ZoomErrorKind.NOT_FOUND;
		}
		if (status == 401) {
			return ZoomErrorKind.UNAUTHORIZED;
		}
		if (status == 403) {
			return ZoomErrorKind.FORBIDDEN;
		}
		return ZoomErrorKind.REJECTED;
	}

	/**
	 * @param status HTTP status
	 * @param zoomCode Zoom's {@code code}, or null
	 * @return whether the access token was rejected (renew it and retry once)
	 */
	public static boolean isTokenRejected(int status, Integer zoomCode) {
		return status == 401 || is(zoomCode, ZoomApiException.CODE_INVALID_TOKEN);
	}

	/**
	 * @param message Zoom's error message of a 429
	 * @return whether it is a lock-key limit on one resource rather than the account
	 * budget
	 */
	public static boolean isConcurrencyLimit(String message) {
		return message != null && message.toLowerCase(Locale.ROOT).contains("concurrent");
	}

	private static boolean is(Integer code, int expected) {
		return code != null && code == expected;
	}

}

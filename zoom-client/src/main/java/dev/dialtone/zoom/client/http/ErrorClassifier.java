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
		// whatever the status (400 usually, 401 or 403 reported): a scope refusal is
		// not a rejected token, and renewing it would not help
		if (isMissingScope(zoomCode)) {
			return ZoomErrorKind.MISSING_SCOPE;
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
		return !isMissingScope(zoomCode) && (status == 401 || is(zoomCode, ZoomApiException.CODE_INVALID_TOKEN));
	}

	/**
	 * @param zoomCode Zoom's {@code code}, or null
	 * @return whether it says the token lacks a scope (4711, or 4700 without the list)
	 */
	public static boolean isMissingScope(Integer zoomCode) {
		return is(zoomCode, ZoomApiException.CODE_MISSING_SCOPE) || is(zoomCode, ZoomApiException.CODE_NO_SCOPES);
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

package dev.dialtone.zoom.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Zoom call that did not succeed, with everything a caller needs to decide and to
 * record: HTTP status (0 when no response arrived), Zoom's error code and message,
 * {@code x-zm-trackingid}, the classification and any Retry-After.
 */
public class ZoomApiException extends RuntimeException {

	/** Zoom's code for "email already used" on create. */
	public static final int CODE_ALREADY_EXISTS = 1005;

	/** Zoom's code for "user does not exist". */
	public static final int CODE_USER_NOT_FOUND = 1001;

	/**
	 * Zoom's code when a call needs a user past pending, e.g. the user's settings (400).
	 */
	public static final int CODE_PENDING_USER = 1000;

	/** Zoom's code for an expired or invalid access token. */
	public static final int CODE_INVALID_TOKEN = 124;

	/**
	 * Zoom's code for "Invalid access token, does not contain scopes:[...]": the app
	 * lacks a scope.
	 */
	public static final int CODE_MISSING_SCOPE = 4711;

	/** Zoom's code for a token without the scopes asked for, in its shorter form. */
	public static final int CODE_NO_SCOPES = 4700;

	private static final Pattern SCOPE_LIST = Pattern.compile("scopes?\\s*:?\\s*\\[([^\\]]*)\\]");

	private final ZoomErrorKind kind;

	private final ZoomEndpoint endpoint;

	private final int status;

	private final Integer zoomCode;

	private final String zoomMessage;

	private final String trackingId;

	private final Instant retryAt;

	private final Duration duration;

	private final int attempts;

	public ZoomApiException(ZoomErrorKind kind, ZoomEndpoint endpoint, int status, Integer zoomCode, String zoomMessage,
			String trackingId, Instant retryAt, Duration duration, int attempts, Throwable cause) {
		super(describe(kind, endpoint, status, zoomCode, zoomMessage), cause);
		this.kind = kind;
		this.endpoint = endpoint;
		this.status = status;
		this.zoomCode = zoomCode;
		this.zoomMessage = zoomMessage;
		this.trackingId = trackingId;
		this.retryAt = retryAt;
		this.duration = duration;
		this.attempts = attempts;
	}

	private static String describe(ZoomErrorKind kind, ZoomEndpoint endpoint, int status, Integer code, String msg) {
		String where = (endpoint != null) ? endpoint.method() + " " + endpoint.pathTemplate() : "Zoom";
		return where + " failed: " + kind + " (HTTP " + status + ", code " + code + "): " + msg;
	}

	public ZoomErrorKind kind() {
		return this.kind;
	}

	public ZoomEndpoint endpoint() {
		return this.endpoint;
	}

	/**
	 * @return the HTTP status, or 0 when no response was received (timeout, connection
	 * failure, local budget)
	 */
	public int status() {
		return this.status;
	}

	/**
	 * @return Zoom's {@code code} from the error body, if there was one
	 */
	public Optional<Integer> zoomCode() {
		return Optional.ofNullable(this.zoomCode);
	}

	/**
	 * @return Zoom's {@code message} from the error body, or a description of the local
	 * failure
	 */
	public String zoomMessage() {
		return this.zoomMessage;
	}

	public Optional<String> trackingId() {
		return Optional.ofNullable(this.trackingId);
	}

	/**
	 * @return wall time of the failed attempt
	 */
	public Duration duration() {
		return this.duration;
	}

	/**
	 * @return 1, or 2 when the token was renewed and the call retried
	 */
	public int attempts() {
		return this.attempts;
	}

	public boolean isRetryable() {
		return this.kind.retryable();
	}

	/**
	 * @return true for 409 / 1005: the user already exists and can be adopted
	 */
	public boolean isAlreadyExists() {
		return this.kind == ZoomErrorKind.ALREADY_EXISTS;
	}

	/**
	 * @return true for 404 / 1001
	 */
	public boolean isNotFound() {
		return this.kind == ZoomErrorKind.NOT_FOUND;
	}

	/**
	 * @return true when Zoom's code is 1001 "user does not exist" (also what pending
	 * users get on phone paths)
	 */
	public boolean isUserNotFound() {
		return this.zoomCode != null && this.zoomCode == CODE_USER_NOT_FOUND;
	}

	/**
	 * @return true when the Server-to-Server app lacks a scope this call needs
	 */
	public boolean isMissingScope() {
		return this.kind == ZoomErrorKind.MISSING_SCOPE;
	}

	/**
	 * The scopes Zoom named as missing, from its message ("...does not contain scopes:[a,
	 * b]."), in Zoom's order; any one of them would admit the call. Empty when this is
	 * not a scope refusal or Zoom named none.
	 * @return scope names, e.g. {@code [phone:write:user_number,
	 * phone:write:user_number:admin]}
	 */
	public List<String> missingScopes() {
		if (!isMissingScope() || this.zoomMessage == null) {
			return List.of();
		}
		Matcher matcher = SCOPE_LIST.matcher(this.zoomMessage);
		if (!matcher.find()) {
			return List.of();
		}
		return Arrays.stream(matcher.group(1).split("[,\\s]+")).filter((scope) -> !scope.isBlank()).toList();
	}

	/**
	 * @return the instant Zoom asked us to wait until (from Retry-After, either form), if
	 * it said so
	 */
	public Optional<Instant> retryAt() {
		return Optional.ofNullable(this.retryAt);
	}

	/**
	 * @return how long from now to wait before retrying, if Zoom said so (never negative)
	 */
	public Optional<Duration> retryAfter() {
		return retryAt().map((at) -> {
			Duration left = Duration.between(Instant.now(), at);
			return left.isNegative() ? Duration.ZERO : left;
		});
	}

}

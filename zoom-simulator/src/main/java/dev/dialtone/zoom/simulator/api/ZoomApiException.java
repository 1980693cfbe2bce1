package dev.dialtone.zoom.simulator.api;

import java.util.List;
import java.util.Map;

/**
 * A Zoom error answer: HTTP status, Zoom code, message, optional field errors and extra
 * headers.
 */
public class ZoomApiException extends RuntimeException {

	/** Zoom's top-level message of a 300 that lists field errors. */
	public static final String VALIDATION_FAILED = "Validation Failed.";

	private final int status;

	private final int code;

	private final List<ZoomError.FieldError> errors;

	private final Map<String, String> headers;

	public ZoomApiException(int status, int code, String message) {
		this(status, code, message, null, Map.of());
	}

	public ZoomApiException(int status, int code, String message, List<ZoomError.FieldError> errors,
			Map<String, String> headers) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		this.errors = errors;
		this.headers = headers;
	}

	public static ZoomApiException userNotFound(String userId) {
		return new ZoomApiException(404, 1001, "User does not exist: " + userId + ".");
	}

	/**
	 * 400/300 with one field error: Zoom's top-level message for field errors is
	 * "Validation Failed.", the field's own message says what is wrong.
	 */
	public static ZoomApiException invalidField(String field, String message) {
		return new ZoomApiException(400, 300, VALIDATION_FAILED, List.of(new ZoomError.FieldError(field, message)),
				Map.of());
	}

	public static ZoomApiException badRequest(int code, String message) {
		return new ZoomApiException(400, code, message);
	}

	public int status() {
		return this.status;
	}

	public ZoomError body() {
		return new ZoomError(this.code, getMessage(), this.errors);
	}

	public Map<String, String> headers() {
		return this.headers;
	}

}

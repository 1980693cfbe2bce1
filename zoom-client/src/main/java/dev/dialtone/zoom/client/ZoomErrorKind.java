package dev.dialtone.zoom.client;

/**
 * Classification of a failed Zoom call, with whether retrying the same request later can
 * succeed.
 */
public enum ZoomErrorKind {

	/** 409, or code 1005 "email already used": the user exists, adopt it. */
	ALREADY_EXISTS(false),

	/** 404, or code 1001 "user does not exist". */
	NOT_FOUND(false),

	/** 429 from Zoom (per-second, daily or lock-key concurrency limit). */
	RATE_LIMITED(true),

	/**
	 * This client's own budget had no permit within the configured max wait; nothing was
	 * sent.
	 */
	BUDGET_EXHAUSTED(true),

	/** 5xx. */
	SERVER_ERROR(true),

	/** No response within the read/connect timeout. */
	TIMEOUT(true),

	/** Connection refused or reset, or another I/O failure before a response. */
	CONNECTION_FAILED(true),

	/** 401 after one token renewal, or the token endpoint rejected our credentials. */
	UNAUTHORIZED(false),

	/** 403 (Zoom Phone not enabled, no permission, ...). */
	FORBIDDEN(false),

	/**
	 * Code 4711 / 4700: the Server-to-Server app lacks a scope the operation needs
	 * ({@link ZoomApiException#missingScopes()} names them). Retrying cannot help until
	 * an admin adds the scope to the app.
	 */
	MISSING_SCOPE(false),

	/**
	 * Any other 4xx: bad input, pending user restrictions (1000), pre-provisioning off
	 * (2002), ...
	 */
	REJECTED(false),

	/** Zoom answered 2xx but the body could not be decoded. */
	INVALID_RESPONSE(false);

	private final boolean retryable;

	ZoomErrorKind(boolean retryable) {
		this.retryable = retryable;
	}

	/**
	 * @return whether the same request may succeed if retried later
	 */
	public boolean retryable() {
		return this.retryable;
	}

}

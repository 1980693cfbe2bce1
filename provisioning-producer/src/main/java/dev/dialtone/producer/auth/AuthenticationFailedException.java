package dev.dialtone.producer.auth;

import org.springframework.security.core.AuthenticationException;

/**
 * A request whose credentials do not check out; {@link #reason()} is a short code for the
 * body and metrics.
 */
class AuthenticationFailedException extends AuthenticationException {

	private final String reason;

	private final String source;

	AuthenticationFailedException(String reason, String source, String message) {
		super(message);
		this.reason = reason;
		this.source = source;
	}

	public String reason() {
		return this.reason;
	}

	/** The claimed source, or "unknown"; only for metrics, it is not authenticated. */
	public String source() {
		return (this.source != null) ? this.source : "unknown";
	}

}

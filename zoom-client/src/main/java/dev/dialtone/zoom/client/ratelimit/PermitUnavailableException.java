package dev.dialtone.zoom.client.ratelimit;

import java.time.Instant;

/**
 * No permit within the max wait (or the waiting thread was interrupted); the request was
 * not sent.
 */
public class PermitUnavailableException extends RuntimeException {

	private final transient Instant availableAt;

	PermitUnavailableException(String message, Instant availableAt) {
		super(message);
		this.availableAt = availableAt;
	}

	/**
	 * @return when a permit is expected to be available again
	 */
	public Instant availableAt() {
		return this.availableAt;
	}

}

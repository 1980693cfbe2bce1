package dev.dialtone.producer.limits;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request body over its door's limit. An {@link IOException}, so it travels out of
 * whatever is reading the stream (a message converter, the HMAC check) and can be told
 * apart from a malformed body by walking the cause chain.
 */
public class BodyTooLargeException extends IOException {

	private final long limit;

	BodyTooLargeException(long limit) {
		super("the request body is larger than " + limit + " bytes");
		this.limit = limit;
	}

	public long limit() {
		return this.limit;
	}

	/** Answers 413 in the door's error format and closes the connection. */
	public void respond(HttpServletRequest request, HttpServletResponse response) throws IOException {
		RequestSizeLimitFilter.tooLarge(request, response, this.limit);
	}

	/** The limit exceeded if {@code failure} or one of its causes is a too-large body. */
	public static BodyTooLargeException in(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

}

package dev.dialtone.zoom.client;

import java.time.Duration;
import java.util.function.Function;

/**
 * A successful Zoom call: the typed body plus what callers record per step.
 *
 * @param body the decoded body ({@code null} for 204 responses)
 * @param status HTTP status Zoom answered with
 * @param trackingId Zoom's {@code x-zm-trackingid} header, if present
 * @param endpoint which operation was called
 * @param duration wall time of the successful attempt (excluding limiter wait)
 * @param limiterWait how long the call waited for a rate-limit permit
 * @param attempts 1, or 2 when the token was renewed and the call retried
 * @param <T> body type
 */
public record ZoomResponse<T>(T body, int status, String trackingId, ZoomEndpoint endpoint, Duration duration,
		Duration limiterWait, int attempts) {

	/**
	 * Same call metadata, different body (e.g. to unwrap a page).
	 * @param mapper body mapping
	 * @param <R> new body type
	 * @return the mapped response
	 */
	public <R> ZoomResponse<R> map(Function<? super T, ? extends R> mapper) {
		return new ZoomResponse<>(mapper.apply(this.body), this.status, this.trackingId, this.endpoint, this.duration,
				this.limiterWait, this.attempts);
	}

}

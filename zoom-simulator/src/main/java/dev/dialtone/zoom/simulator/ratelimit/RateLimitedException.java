package dev.dialtone.zoom.simulator.ratelimit;

import dev.dialtone.zoom.simulator.api.ZoomApiException;

/** A 429 with Zoom's body and headers. */
public class RateLimitedException extends ZoomApiException {

	public RateLimitedException(Verdict verdict) {
		super(429, 429, verdict.message(), null, verdict.headers());
	}

}

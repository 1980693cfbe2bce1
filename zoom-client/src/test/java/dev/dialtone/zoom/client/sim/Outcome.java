package dev.dialtone.zoom.client.sim;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomErrorKind;

/**
 * How one call of a load run ended.
 *
 * @param status HTTP status, 0 without a response
 * @param kind the error kind, null on success
 */
record Outcome(int status, ZoomErrorKind kind) {

	static Outcome of(ZoomApiException ex) {
		return new Outcome(ex.status(), ex.kind());
	}

	boolean ok() {
		return this.kind == null;
	}

	boolean rateLimited() {
		return this.kind == ZoomErrorKind.RATE_LIMITED;
	}

}

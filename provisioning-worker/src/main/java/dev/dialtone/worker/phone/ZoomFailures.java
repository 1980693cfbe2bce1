package dev.dialtone.worker.phone;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomErrorKind;

/**
 * Classifies Zoom failures the phone steps expect.
 */
final class ZoomFailures {

	private ZoomFailures() {
	}

	/**
	 * Zoom documents no code for "extension already used" or "number already assigned",
	 * so any client-side rejection of the resource (not of the user) counts as "taken":
	 * the caller tries another candidate, within a bound.
	 */
	static boolean taken(ZoomApiException failure) {
		if (failure.isUserNotFound()) {
			return false;
		}
		ZoomErrorKind kind = failure.kind();
		return kind == ZoomErrorKind.REJECTED || kind == ZoomErrorKind.ALREADY_EXISTS
				|| kind == ZoomErrorKind.NOT_FOUND;
	}

	/**
	 * A resource that is already gone (e.g. a number someone removed) needs no removal.
	 */
	static boolean gone(ZoomApiException failure) {
		return failure.kind() == ZoomErrorKind.NOT_FOUND && !failure.isUserNotFound();
	}

}

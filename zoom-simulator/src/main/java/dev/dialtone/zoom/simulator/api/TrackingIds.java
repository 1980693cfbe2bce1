package dev.dialtone.zoom.simulator.api;

import java.util.concurrent.ThreadLocalRandom;

/** Zoom-like tracking ids, cheap enough for every response (no SecureRandom). */
final class TrackingIds {

	private TrackingIds() {
	}

	static String next() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "v=2.0;clid=us06;rid=WEB_" + Long.toHexString(random.nextLong() | Long.MIN_VALUE)
				+ Long.toHexString(random.nextLong() | Long.MIN_VALUE);
	}

}

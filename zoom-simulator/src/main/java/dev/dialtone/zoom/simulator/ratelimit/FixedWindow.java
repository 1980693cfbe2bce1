package dev.dialtone.zoom.simulator.ratelimit;

/**
 * A counter over fixed windows aligned to the epoch (1 s, 1 min, or 1 UTC day), like
 * Zoom's per-second counters and daily caps that reset at 00:00 UTC. A limit of 0 means
 * unlimited.
 */
final class FixedWindow {

	private final long lengthMillis;

	private final int limit;

	private long window = -1;

	private int used;

	FixedWindow(long lengthMillis, int limit) {
		this.lengthMillis = lengthMillis;
		this.limit = limit;
	}

	int limit() {
		return this.limit;
	}

	boolean unlimited() {
		return this.limit <= 0;
	}

	/**
	 * Takes one slot; returns the remaining count, or -1 when the window is exhausted.
	 */
	synchronized int tryAcquire(long nowMillis) {
		long current = nowMillis / this.lengthMillis;
		if (current != this.window) {
			this.window = current;
			this.used = 0;
		}
		if (this.used >= this.limit) {
			return -1;
		}
		this.used++;
		return this.limit - this.used;
	}

	/** Milliseconds-since-epoch at which the current window ends. */
	long windowEnd(long nowMillis) {
		return (nowMillis / this.lengthMillis + 1) * this.lengthMillis;
	}

}

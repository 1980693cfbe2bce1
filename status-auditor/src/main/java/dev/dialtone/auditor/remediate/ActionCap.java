package dev.dialtone.auditor.remediate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

import dev.dialtone.contracts.PendingCause;

/**
 * At most {@code cap} destructive automated remedies per cause within a sliding
 * {@code window} (per instance), so a wrong cause cannot run away across hundreds of
 * people: the next one is refused.
 */
public class ActionCap {

	private final int cap;

	private final Duration window;

	private final Map<PendingCause, Deque<Instant>> taken = new EnumMap<>(PendingCause.class);

	public ActionCap(int cap, Duration window) {
		this.cap = cap;
		this.window = window;
	}

	/** Takes one slot for the cause at {@code now}; false when the cap is reached. */
	public synchronized boolean tryAcquire(PendingCause cause, Instant now) {
		Deque<Instant> times = this.taken.computeIfAbsent(cause, (c) -> new ArrayDeque<>());
		while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(this.window))) {
			times.removeFirst();
		}
		if (times.size() >= this.cap) {
			return false;
		}
		times.addLast(now);
		return true;
	}

	public int cap() {
		return this.cap;
	}

	public Duration window() {
		return this.window;
	}

}

package dev.dialtone.auditor.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signatures of the webhooks already accepted, remembered for the window in which their
 * timestamp stays fresh: the same signed request a second time is a replay. In memory,
 * per instance (several auditors behind one URL each remember only what they received).
 */
final class ReplayGuard {

	private final Duration window;

	private final Clock clock;

	private final Map<String, Instant> seen = new ConcurrentHashMap<>();

	ReplayGuard(Duration window, Clock clock) {
		this.window = window;
		this.clock = clock;
	}

	/**
	 * @return true the first time this signature is seen within the window
	 */
	boolean firstSeen(String signature) {
		Instant now = this.clock.instant();
		this.seen.values().removeIf((at) -> at.plus(this.window).isBefore(now));
		return this.seen.putIfAbsent(signature, now) == null;
	}

}

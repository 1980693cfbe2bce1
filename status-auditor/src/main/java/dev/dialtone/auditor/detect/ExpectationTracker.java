package dev.dialtone.auditor.detect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.dialtone.contracts.IdentityEvent;

/**
 * Remembers accepted identity events until their outcome arrives, so an outcome that
 * never comes is noticed. Either side may be seen first (two topics), hence the memory of
 * answered ids, kept as long as a replay reaches back. Memory only: after a restart
 * {@link ExpectationReplay} re-reads both topics, and nothing is due before one deadline
 * after start-up, so outcomes not yet re-read are not taken for missing ones.
 */
public class ExpectationTracker {

	/** An identity event still waiting for its outcome. */
	public record Expectation(IdentityEvent event, Instant acceptedAt) {
	}

	private final Map<String, Expectation> waiting = new ConcurrentHashMap<>();

	private final Map<String, Instant> answered = new ConcurrentHashMap<>();

	private final Clock clock;

	private final Duration replay;

	private final Instant started;

	/**
	 * @param replay how far back a replay re-reads; answered ids are remembered at least
	 * that long
	 */
	public ExpectationTracker(Clock clock, Duration replay) {
		this.clock = clock;
		this.replay = replay;
		this.started = clock.instant();
	}

	public void accepted(IdentityEvent event, Instant at) {
		if (event.getDryRun() || this.answered.containsKey(event.getEventId())) {
			return;
		}
		this.waiting.putIfAbsent(event.getEventId(), new Expectation(event, at));
	}

	public void answered(String eventId) {
		if (this.waiting.remove(eventId) == null) {
			this.answered.put(eventId, this.clock.instant());
		}
	}

	/**
	 * Expectations older than the deadline (counted from start-up at the earliest);
	 * forgotten once returned.
	 */
	public List<Expectation> overdue(Instant now, Duration deadline) {
		Duration memory = (this.replay.compareTo(deadline.multipliedBy(2)) > 0) ? this.replay
				: deadline.multipliedBy(2);
		this.answered.values().removeIf((at) -> at.isBefore(now.minus(memory)));
		List<Expectation> late = this.waiting.values()
			.stream()
			.filter((e) -> later(e.acceptedAt(), this.started).plus(deadline).isBefore(now))
			.toList();
		late.forEach((e) -> this.waiting.remove(e.event().getEventId()));
		return late;
	}

	public int waitingCount() {
		return this.waiting.size();
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}

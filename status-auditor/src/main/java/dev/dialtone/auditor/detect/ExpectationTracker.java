package dev.dialtone.auditor.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.dialtone.contracts.IdentityEvent;

/**
 * Remembers accepted identity events until their outcome arrives, so an outcome that never comes is noticed. Either
 * side may be seen first (two consumers), hence the short memory of answered ids.
 */
public class ExpectationTracker {

	/** An identity event still waiting for its outcome. */
	public record Expectation(IdentityEvent event, Instant acceptedAt) {
	}

	private final Map<String, Expectation> waiting = new ConcurrentHashMap<>();

	private final Map<String, Instant> answered = new ConcurrentHashMap<>();

	public void accepted(IdentityEvent event, Instant at) {
		if (event.getDryRun() || this.answered.containsKey(event.getEventId())) {
			return;
		}
		this.waiting.putIfAbsent(event.getEventId(), new Expectation(event, at));
	}

	public void answered(String eventId) {
		if (this.waiting.remove(eventId) == null) {
			this.answered.put(eventId, Instant.now());
		}
	}

	/** Expectations older than the deadline; they are forgotten once returned. */
	public List<Expectation> overdue(Instant now, Duration deadline) {
		this.answered.values().removeIf((at) -> at.isBefore(now.minus(deadline.multipliedBy(2))));
		List<Expectation> late = this.waiting.values().stream()
			.filter((e) -> e.acceptedAt().plus(deadline).isBefore(now))
			.toList();
		late.forEach((e) -> this.waiting.remove(e.event().getEventId()));
		return late;
	}

	public int waitingCount() {
		return this.waiting.size();
	}

}

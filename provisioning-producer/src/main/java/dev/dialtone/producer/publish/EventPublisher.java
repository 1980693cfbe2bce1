package dev.dialtone.producer.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.dialtone.contracts.IdentityEvent;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes events keyed by employee id and returns only once the broker acknowledged all
 * of them ({@code acks=all}, idempotent producer), so a 202 means stored. Ids already
 * acknowledged, by this instance or any other (the shared accepted ids, recorded before
 * the 202), are skipped, which makes client retries safe wherever they land.
 */
public class EventPublisher {

	private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

	private final KafkaTemplate<String, IdentityEvent> template;

	private final IdempotencyStore acknowledged;

	private final IdempotencyStore.Shared shared;

	private final String topic;

	private final Duration timeout;

	private final PublishListener listener;

	// sends not yet acknowledged, so a concurrent retry of the same id waits for this
	// send instead of sending again
	private final Map<String, InFlight> inFlight = new ConcurrentHashMap<>();

	EventPublisher(KafkaTemplate<String, IdentityEvent> template, IdempotencyStore acknowledged,
			IdempotencyStore.Shared shared, String topic, Duration timeout, PublishListener listener) {
		this.template = template;
		this.acknowledged = acknowledged;
		this.shared = shared;
		this.topic = topic;
		this.timeout = timeout;
		this.listener = listener;
	}

	/**
	 * Publishes events whose content cannot be told apart by a fingerprint (each id is
	 * trusted to name one change).
	 */
	public PublishResult publish(List<IdentityEvent> events) {
		return publishAll(events.stream().map((event) -> new Submission(event, "")).toList());
	}

	/**
	 * Publishes every submission not yet acknowledged; refuses the whole request with
	 * {@link EventIdConflictException} when an id comes back with different content.
	 */
	public PublishResult publishAll(List<Submission> submissions) {
		List<String> ids = new ArrayList<>();
		List<String> duplicates = new ArrayList<>();
		List<String> conflicts = new ArrayList<>();
		Map<String, Submission> fresh = new LinkedHashMap<>();
		if (submissions.stream().anyMatch((s) -> knownFingerprint(s.event().getEventId(), fresh) == null)) {
			// an id this instance does not know may have been accepted by another one
			// (or by this one before a restart): read the shared ids up to now first
			this.shared.catchUp();
		}
		for (Submission submission : submissions) {
			String id = submission.event().getEventId();
			ids.add(id);
			String known = knownFingerprint(id, fresh);
			if (known == null) {
				fresh.put(id, submission);
			}
			else if (known.equals(submission.fingerprint())) {
				duplicates.add(id);
			}
			else if (!conflicts.contains(id)) {
				conflicts.add(id);
			}
		}
		if (!conflicts.isEmpty()) {
			throw new EventIdConflictException(conflicts);
		}
		sendAndAwait(fresh);
		return new PublishResult(List.copyOf(ids), List.copyOf(duplicates));
	}

	private String knownFingerprint(String id, Map<String, Submission> fresh) {
		if (fresh.containsKey(id)) {
			return fresh.get(id).fingerprint();
		}
		InFlight sending = this.inFlight.get(id);
		return (sending != null) ? sending.fingerprint() : this.acknowledged.fingerprint(id);
	}

	private void sendAndAwait(Map<String, Submission> events) {
		long started = System.nanoTime();
		long deadline = started + this.timeout.toNanos();
		Map<String, CompletableFuture<?>> sends = new LinkedHashMap<>();
		events.forEach((id, event) -> sends.put(id, sendOnce(id, event)));
		List<String> stored = new ArrayList<>();
		Throwable failure = null;
		for (Map.Entry<String, CompletableFuture<?>> send : sends.entrySet()) {
			try {
				send.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				stored.add(send.getKey());
			}
			catch (ExecutionException | TimeoutException ex) {
				failure = (failure != null) ? failure : ((ex.getCause() != null) ? ex.getCause() : ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				failure = ex;
				break;
			}
		}
		this.listener.published(Duration.ofNanos(System.nanoTime() - started), failure == null);
		if (tooLarge(failure)) {
			throw new PublishRejectedException("an event is larger than the topic accepts", failure);
		}
		if (failure != null) {
			log.warn("Broker did not acknowledge {} of {} events: {}", sends.size() - stored.size(), sends.size(),
					failure.toString());
			throw new PublishUnavailableException("Kafka did not acknowledge the events in time", stored, failure);
		}
	}

	private CompletableFuture<?> sendOnce(String id, Submission submission) {
		InFlight mine = new InFlight(submission.fingerprint(), new CompletableFuture<>());
		InFlight existing = this.inFlight.putIfAbsent(id, mine);
		if (existing != null) {
			return existing.future();
		}
		send(submission.event()).whenComplete((result, failure) -> {
			if (failure != null) {
				this.inFlight.remove(id, mine);
				mine.future().completeExceptionally(failure);
				return;
			}
			// remembered before leaving in-flight, so no moment exists where a retry sees
			// neither
			this.acknowledged.remember(id, submission.fingerprint());
			// the event is stored whatever happens to this record: a failure only costs a
			// duplicate record should the retry reach another instance
			this.shared.record(id, submission.fingerprint()).whenComplete((recorded, notRecorded) -> {
				if (notRecorded != null) {
					log.warn("Accepted event id {} not recorded for the other instances: {}", id,
							notRecorded.toString());
				}
				this.inFlight.remove(id, mine);
				mine.future().complete(result);
			});
		});
		return mine.future();
	}

	private CompletableFuture<?> send(IdentityEvent event) {
		try {
			return this.template.send(this.topic, event.getPerson().getEmployeeId(), event);
		}
		catch (RuntimeException ex) {
			// metadata unavailable within max.block.ms surfaces here rather than in the
			// future
			return CompletableFuture.failedFuture(ex);
		}
	}

	private static boolean tooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RecordTooLargeException) {
				return true;
			}
		}
		return false;
	}

	private record InFlight(String fingerprint, CompletableFuture<Object> future) {
	}

	/**
	 * Callback for publish latency, kept as an interface so the publisher needs no
	 * metrics library.
	 */
	@FunctionalInterface
	public interface PublishListener {

		void published(Duration latency, boolean acknowledged);

	}

}

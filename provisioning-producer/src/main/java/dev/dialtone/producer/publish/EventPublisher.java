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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes events keyed by employee id and returns only once the broker acknowledged all
 * of them ({@code acks=all}, idempotent producer), so a 202 means stored. Ids already
 * acknowledged are skipped, which makes client retries safe.
 */
public class EventPublisher {

	private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

	private final KafkaTemplate<String, IdentityEvent> template;

	private final IdempotencyStore acknowledged;

	private final String topic;

	private final Duration timeout;

	private final PublishListener listener;

	// sends not yet acknowledged, so a concurrent retry of the same id waits for this
	// send instead of sending again
	private final Map<String, CompletableFuture<Object>> inFlight = new ConcurrentHashMap<>();

	EventPublisher(KafkaTemplate<String, IdentityEvent> template, IdempotencyStore acknowledged, String topic,
			Duration timeout, PublishListener listener) {
		this.template = template;
		this.acknowledged = acknowledged;
		this.topic = topic;
		this.timeout = timeout;
		this.listener = listener;
	}

	public PublishResult publish(List<IdentityEvent> events) {
		List<String> ids = new ArrayList<>();
		List<String> duplicates = new ArrayList<>();
		Map<String, IdentityEvent> fresh = new LinkedHashMap<>();
		for (IdentityEvent event : events) {
			ids.add(event.getEventId());
			if (this.acknowledged.contains(event.getEventId()) || fresh.containsKey(event.getEventId())) {
				duplicates.add(event.getEventId());
			}
			else {
				fresh.put(event.getEventId(), event);
			}
		}
		sendAndAwait(fresh);
		return new PublishResult(List.copyOf(ids), List.copyOf(duplicates));
	}

	private void sendAndAwait(Map<String, IdentityEvent> events) {
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
		if (failure != null) {
			log.warn("Broker did not acknowledge {} of {} events: {}", sends.size() - stored.size(), sends.size(),
					failure.toString());
			throw new PublishUnavailableException("Kafka did not acknowledge the events in time", stored, failure);
		}
	}

	private CompletableFuture<?> sendOnce(String id, IdentityEvent event) {
		CompletableFuture<Object> mine = new CompletableFuture<>();
		CompletableFuture<Object> existing = this.inFlight.putIfAbsent(id, mine);
		if (existing != null) {
			return existing;
		}
		send(event).whenComplete((result, failure) -> {
			if (failure == null) {
				// remembered before leaving in-flight, so no moment exists where a retry
				// sees neither
				this.acknowledged.remember(id);
			}
			this.inFlight.remove(id, mine);
			if (failure != null) {
				mine.completeExceptionally(failure);
			}
			else {
				mine.complete(result);
			}
		});
		return mine;
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

	/**
	 * Callback for publish latency, kept as an interface so the publisher needs no
	 * metrics library.
	 */
	@FunctionalInterface
	public interface PublishListener {

		void published(Duration latency, boolean acknowledged);

	}

}

package dev.dialtone.producer.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.dialtone.contracts.IdentityEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes events keyed by employee id and returns only once the broker acknowledged all of them ({@code acks=all},
 * idempotent producer), so a 202 means stored. Ids already acknowledged are skipped, which makes client retries safe.
 */
public class EventPublisher {

	private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

	private final KafkaTemplate<String, IdentityEvent> template;

	private final IdempotencyStore acknowledged;

	private final String topic;

	private final Duration timeout;

	private final PublishListener listener;

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
		events.forEach((id, event) -> sends.put(id, send(event)));
		List<String> stored = new ArrayList<>();
		Throwable failure = null;
		for (Map.Entry<String, CompletableFuture<?>> send : sends.entrySet()) {
			try {
				send.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				this.acknowledged.remember(send.getKey());
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

	private CompletableFuture<?> send(IdentityEvent event) {
		try {
			return this.template.send(this.topic, event.getPerson().getEmployeeId(), event);
		}
		catch (RuntimeException ex) {
			// metadata unavailable within max.block.ms surfaces here rather than in the future
			return CompletableFuture.failedFuture(ex);
		}
	}

	/** Callback for publish latency, kept as an interface so the publisher needs no metrics library. */
	@FunctionalInterface
	public interface PublishListener {

		void published(Duration latency, boolean acknowledged);

	}

}

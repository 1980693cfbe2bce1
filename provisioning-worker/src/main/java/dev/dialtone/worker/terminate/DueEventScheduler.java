package dev.dialtone.worker.terminate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.worker.ratelimit.PartitionOwnership;
import dev.dialtone.worker.topic.TopicSnapshot;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Re-emits deferred events on their effective date: reads the compacted deferral topic,
 * and for each due event whose employee's identity partition this instance owns (so
 * exactly one instance fires it) publishes it back to the identity topic — where it is
 * ordered with the employee's other events — and tombstones the deferral.
 */
public final class DueEventScheduler {

	private static final Logger log = LoggerFactory.getLogger(DueEventScheduler.class);

	private final ConsumerFactory<String, IdentityEvent> consumers;

	private final KafkaOperations<String, Object> kafka;

	private final PartitionOwnership ownership;

	private final String deferredTopic;

	private final String identityTopic;

	private final Clock clock;

	DueEventScheduler(ConsumerFactory<String, IdentityEvent> consumers, KafkaOperations<String, Object> kafka,
			PartitionOwnership ownership, String deferredTopic, String identityTopic, Clock clock) {
		this.consumers = consumers;
		this.kafka = kafka;
		this.ownership = ownership;
		this.deferredTopic = deferredTopic;
		this.identityTopic = identityTopic;
		this.clock = clock;
	}

	/**
	 * @return how many due events were re-emitted
	 */
	public int emitDue() {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		int emitted = 0;
		for (IdentityEvent event : waiting().values()) {
			String key = event.getPerson().getEmployeeId();
			LocalDate due = event.getPerson().getEffectiveDate();
			if ((due == null || !due.isAfter(today)) && this.ownership.owns(key)) {
				this.kafka.send(this.identityTopic, key, event).join();
				this.kafka.send(this.deferredTopic, key, null).join();
				emitted++;
			}
		}
		if (emitted > 0) {
			log.info("Re-emitted {} deferred events that fell due", emitted);
		}
		return emitted;
	}

	private Map<String, IdentityEvent> waiting() {
		Map<String, IdentityEvent> latest = new HashMap<>();
		try (Consumer<String, IdentityEvent> consumer = this.consumers.createConsumer(null, null, "-deferred", null)) {
			TopicSnapshot.ofTopic(consumer, this.deferredTopic, true).read(Duration.ofSeconds(1), (records) -> {
				for (ConsumerRecord<String, IdentityEvent> record : records) {
					if (record.value() == null) {
						latest.remove(record.key());
					}
					else {
						latest.put(record.key(), record.value());
					}
				}
			});
		}
		return latest;
	}

}

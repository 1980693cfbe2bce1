package dev.dialtone.worker.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.worker.topic.TopicSnapshot;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaOperations;

/**
 * "Already applied?" first, "record applied" last: the identity offset of the last event
 * applied for each employee, kept in a compacted topic co-partitioned with the identity
 * topic (ledger partition = identity partition). A replay of the identity topic, or a
 * batch redelivered after a crash, then skips what was already applied instead of
 * re-running history (a replayed TERMINATE → REHIRE would otherwise hand the person a
 * different number). The handlers stay convergent regardless; the ledger only removes the
 * need to re-execute.
 * <p>
 * Each entry also carries the Zoom user id the employee's last outcome named
 * ({@link KnownZoomUsers}), so a changed work email is recognised instead of creating a
 * second user. Value: {@code "<offset>"} or {@code "<offset> <zoomUserId>"}.
 */
public final class AppliedLedger implements KnownZoomUsers {

	private static final Logger log = LoggerFactory.getLogger(AppliedLedger.class);

	/** Outcomes after which the employee owns the Zoom user they name. */
	private static final Set<FinalState> OWNING = Set.of(FinalState.ACTIVE_PHONE_READY,
			FinalState.ACTIVE_PHONE_INCOMPLETE, FinalState.PENDING, FinalState.DEPROVISIONED);

	private final Map<String, LedgerEntry> entries = new ConcurrentHashMap<>();

	private final KafkaOperations<String, byte[]> kafka;

	private final String topic;

	private final EmailIndex owners;

	AppliedLedger(KafkaOperations<String, byte[]> kafka, String topic) {
		this(kafka, topic, null);
	}

	AppliedLedger(KafkaOperations<String, byte[]> kafka, String topic, EmailIndex owners) {
		this.kafka = kafka;
		this.topic = topic;
		this.owners = owners;
	}

	/**
	 * Records in the email index that the outcome's employee owns its work email and the
	 * Zoom user it names (not for failed, skipped or dry-run outcomes).
	 * @return completes when the index record is durable
	 */
	public CompletableFuture<?> recordOwner(ProvisioningOutcome outcome) {
		if (this.owners == null || outcome.getZoomUserId() == null || !OWNING.contains(outcome.getFinalState())) {
			return CompletableFuture.completedFuture(null);
		}
		return this.owners.record(outcome.getEmployeeId(), outcome.getWorkEmail(), outcome.getZoomUserId());
	}

	public boolean alreadyApplied(ConsumerRecord<String, ?> record) {
		LedgerEntry last = (record.key() != null) ? this.entries.get(record.key()) : null;
		return last != null && record.offset() <= last.offset();
	}

	/**
	 * Notes the Zoom user an outcome named, as soon as the outcome is built: the
	 * employee's next event may run in the lane before this one's ledger entry is
	 * written.
	 */
	public void remember(String employeeId, String zoomUserId) {
		if (employeeId != null && zoomUserId != null) {
			this.entries.merge(employeeId, new LedgerEntry(-1, zoomUserId), LedgerEntry::merge);
		}
	}

	@Override
	public Optional<String> zoomUserId(String employeeId) {
		LedgerEntry entry = (employeeId != null) ? this.entries.get(employeeId) : null;
		return Optional.ofNullable((entry != null) ? entry.zoomUserId() : null);
	}

	/**
	 * @return completes when the ledger entry is durable
	 */
	public CompletableFuture<?> markApplied(ConsumerRecord<String, ?> record) {
		if (record.key() == null) {
			return CompletableFuture.completedFuture(null);
		}
		LedgerEntry entry = this.entries.merge(record.key(), new LedgerEntry(record.offset(), null),
				LedgerEntry::merge);
		byte[] value = new LedgerEntry(record.offset(), entry.zoomUserId()).toValue().getBytes(StandardCharsets.UTF_8);
		return this.kafka.send(new ProducerRecord<>(this.topic, record.partition(), record.key(), value));
	}

	/**
	 * Loads the ledger partitions matching newly assigned identity partitions (before
	 * their records are processed).
	 * @param reader a consumer for reading the ledger topic (assign/seek only; never
	 * commits)
	 * @param identityPartitions the partitions just assigned
	 */
	public void load(Consumer<String, byte[]> reader, Collection<TopicPartition> identityPartitions) {
		List<TopicPartition> partitions = identityPartitions.stream()
			.map((tp) -> new TopicPartition(this.topic, tp.partition()))
			.toList();
		if (partitions.isEmpty()) {
			return;
		}
		AtomicInteger loaded = new AtomicInteger();
		TopicSnapshot.of(reader, partitions, true).read(Duration.ofMillis(500), (records) -> {
			for (ConsumerRecord<String, byte[]> record : records) {
				if (record.key() != null && record.value() != null) {
					LedgerEntry entry = LedgerEntry.parse(new String(record.value(), StandardCharsets.UTF_8));
					this.entries.merge(record.key(), entry, LedgerEntry::merge);
					loaded.incrementAndGet();
				}
			}
		});
		log.info("Loaded {} applied-ledger entries for {} partitions", loaded.get(), partitions.size());
	}

	/**
	 * Forgets everything (a test resets the ledger to prove the handlers converge on
	 * their own).
	 */
	public void clear() {
		this.entries.clear();
	}

}

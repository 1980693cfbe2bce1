package dev.dialtone.auditor.intake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.auditor.classify.Classification;
import dev.dialtone.auditor.classify.RemediationPlaybook;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.ProvisioningOutcome;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.support.KafkaHeaders;

/**
 * Turns one dead-lettered record (the worker's identity DLT or the auditor's own outcomes
 * DLT) into a DEAD_LETTERED anomaly keyed by the record key, the employee id, with
 * Spring's origin headers as evidence. Idempotent: the anomaly id is derived from the
 * dead letter's own position.
 */
class DeadLetterHandler {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterHandler.class);

	static final String DEAD_LETTER_KEY = "deadLetter";

	/**
	 * Simple name of the worker's reason for holding an event whose Zoom call lacked a
	 * scope (the {@code kafka_dlt-exception-fqcn} header ends with it).
	 */
	static final String MISSING_SCOPE_DEAD_LETTER = ".MissingScopeDeadLetter";

	private static final int MAX_TEXT = 500;

	private final AnomalyLedger ledger;

	private final AnomalyRouter router;

	private final Outbox outbox;

	private final Clock clock;

	DeadLetterHandler(AnomalyLedger ledger, AnomalyRouter router, Outbox outbox, Clock clock) {
		this.ledger = ledger;
		this.router = router;
		this.outbox = outbox;
		this.clock = clock;
	}

	void handle(String topic, int partition, long offset, String key, Headers headers) {
		String employeeId = (key != null && !key.isBlank()) ? key : "unkeyed:" + topic + "-" + partition + "@" + offset;
		String position = topic + "-" + partition + "@" + offset;
		Map<String, String> evidence = new LinkedHashMap<>();
		evidence.put(DEAD_LETTER_KEY, position);
		evidence.put("originalTopic", text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC));
		evidence.put("originalPartition", number(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION));
		evidence.put("originalOffset", number(headers, KafkaHeaders.DLT_ORIGINAL_OFFSET));
		evidence.put("originalTimestamp", timestamp(headers, KafkaHeaders.DLT_ORIGINAL_TIMESTAMP));
		evidence.put("consumerGroup", text(headers, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP));
		evidence.put("exception", text(headers, KafkaHeaders.DLT_EXCEPTION_FQCN));
		evidence.put("exceptionCause", text(headers, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN));
		evidence.put("exceptionMessage", text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE));
		evidence.values().removeIf((v) -> v == null);
		synchronized (this.ledger.lockFor(employeeId)) {
			Optional<PendingAnomaly> current = this.ledger.anomaly(employeeId);
			if (current.map((a) -> position.equals(a.getEvidence().get(DEAD_LETTER_KEY))).orElse(false)) {
				return;
			}
			String email = current.map(PendingAnomaly::getWorkEmail)
				.or(() -> this.ledger.latestOutcome(employeeId).map(ProvisioningOutcome::getWorkEmail))
				.orElse(null);
			Instant now = this.clock.instant();
			List<String> steps = steps(employeeId, evidence, topic);
			Classification classification = new Classification(PendingCause.DEAD_LETTERED, evidence, steps,
					RemediationPlaybook.severity(PendingCause.DEAD_LETTERED), false);
			Optional<PendingAnomaly> open = current.filter(AnomalyLedger::isOpen);
			PendingAnomaly next = open
				.map((a) -> Anomalies.next(a, now, "dead-lettered on " + position)
					.setKind(AnomalyKind.DEAD_LETTERED)
					.setCause(PendingCause.DEAD_LETTERED)
					.setEvidence(new LinkedHashMap<>(evidence))
					.setRemediationSteps(steps)
					.setSeverity(classification.severity())
					.setStatus(AnomalyStatus.OPEN)
					.build())
				.orElseGet(() -> Anomalies.open(employeeId, email, null, "dead-letter|" + position,
						AnomalyKind.DEAD_LETTERED, classification, now));
			this.outbox.atomically(() -> this.router.publish(open.orElse(null), next));
			log.warn("Employee {}: record dead-lettered on {} ({})", employeeId, position, evidence.get("exception"));
		}
	}

	private static List<String> steps(String employeeId, Map<String, String> evidence, String topic) {
		if (evidence.getOrDefault("exception", "").endsWith(MISSING_SCOPE_DEAD_LETTER)) {
			// the worker holds the event until the app has the scope: its message says
			// which; the failed outcome's anomaly says the same
			return List.of(evidence.getOrDefault("exceptionMessage", "The Zoom Server-to-Server app lacks a scope."),
					"Once the scope is added, re-drive the worker's dead letters (POST /actuator/deadletters): the"
							+ " event for " + employeeId + " is replayed unchanged.",
					"A later successful outcome for " + employeeId + " closes this anomaly.");
		}
		String origin = evidence.getOrDefault("originalTopic", "its topic") + " partition "
				+ evidence.getOrDefault("originalPartition", "?") + " offset "
				+ evidence.getOrDefault("originalOffset", "?");
		return List.of(
				"A record for employee " + employeeId + " from " + origin + " could not be processed by "
						+ evidence.getOrDefault("consumerGroup", "its consumer") + " and was set aside on " + topic
						+ ": " + evidence.getOrDefault("exception", "unknown error") + " "
						+ evidence.getOrDefault("exceptionMessage", "") + ".",
				"Fix what the error names (the HR record's content, a schema mismatch, or the service), then re-send"
						+ " the HR event for " + employeeId + " or re-drive it from this page.",
				"A later successful outcome for " + employeeId + " closes this anomaly.");
	}

	private static String text(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		if (header == null || header.value() == null) {
			return null;
		}
		String value = new String(header.value(), StandardCharsets.UTF_8);
		return (value.length() > MAX_TEXT) ? value.substring(0, MAX_TEXT) + "…" : value;
	}

	/** Spring writes the partition as a 4-byte int and offsets as 8-byte longs. */
	private static String number(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		if (header == null || header.value() == null) {
			return null;
		}
		byte[] bytes = header.value();
		return switch (bytes.length) {
			case Integer.BYTES -> String.valueOf(ByteBuffer.wrap(bytes).getInt());
			case Long.BYTES -> String.valueOf(ByteBuffer.wrap(bytes).getLong());
			default -> new String(bytes, StandardCharsets.UTF_8);
		};
	}

	private static String timestamp(Headers headers, String name) {
		String millis = number(headers, name);
		try {
			return (millis != null) ? Instant.ofEpochMilli(Long.parseLong(millis)).toString() : null;
		}
		catch (NumberFormatException ex) {
			return millis;
		}
	}

}

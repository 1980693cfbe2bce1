package dev.dialtone.auditor.creation;

import java.time.Clock;
import java.time.Instant;

import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.contracts.ZoomUserCreation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a verified {@code user.created} webhook on the compacted creations topic, keyed
 * by the Zoom user id. Zoom delivers each event to one of the instances behind the URL,
 * so the record goes to Kafka (committed before Zoom is answered) rather than staying in
 * the receiving instance's memory; every instance reads it back into its
 * {@link ZoomUserCreations}. A redelivery writes the same key again, which compaction
 * folds into one record.
 */
public class CreationRecorder {

	/** Zoom's event naming a new user and how it was made. */
	public static final String EVENT = "user.created";

	private static final Logger log = LoggerFactory.getLogger(CreationRecorder.class);

	private final Outbox outbox;

	private final String topic;

	private final ZoomUserCreations creations;

	private final Clock clock;

	CreationRecorder(Outbox outbox, String topic, ZoomUserCreations creations, Clock clock) {
		this.outbox = outbox;
		this.topic = topic;
		this.creations = creations;
		this.clock = clock;
	}

	/**
	 * One {@code user.created} notification's facts.
	 *
	 * @param zoomUserId {@code payload.object.id}
	 * @param email {@code payload.object.email}
	 * @param creationType {@code payload.creation_type}
	 * @param operator {@code payload.operator}, or null
	 * @param operatorId {@code payload.operator_id}, or null
	 * @param accountId {@code payload.account_id}, or null
	 * @param eventTs the envelope's {@code event_ts} (epoch millis), or null
	 */
	public record Created(String zoomUserId, String email, String creationType, String operator, String operatorId,
			String accountId, Long eventTs) {
	}

	/** Publishes the creation (one Kafka transaction) and remembers it. */
	public ZoomUserCreation record(Created created) {
		Instant receivedAt = this.clock.instant();
		ZoomUserCreation creation = ZoomUserCreation.newBuilder()
			.setZoomUserId(created.zoomUserId())
			.setEmail(created.email())
			.setCreationType(created.creationType())
			.setOperator(created.operator())
			.setOperatorId(created.operatorId())
			.setAccountId(created.accountId())
			.setCreatedAt((created.eventTs() != null) ? Instant.ofEpochMilli(created.eventTs()) : receivedAt)
			.setReceivedAt(receivedAt)
			.build();
		this.outbox.atomically(() -> this.outbox.send(this.topic, creation.getZoomUserId(), creation));
		this.creations.apply(creation);
		log.info("Zoom user {} was made with creation_type {}", creation.getZoomUserId(), creation.getCreationType());
		return creation;
	}

}

package dev.dialtone.contracts.topics;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.dialtone.contracts.AuditRecord;
import dev.dialtone.contracts.DriftFinding;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.Notification;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.PendingIncident;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.ZoomUserCreation;
import org.apache.avro.Schema;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The one catalogue of Dialtone's topics: name, key, value, cleanup policy, default
 * partition count and which service writes it. Every service, the local run, the CSV
 * import and the README check read it; a service creates (only) the topics it writes.
 * <p>
 * Replication factor and {@code min.insync.replicas} are deliberately absent: they are
 * the cluster's business (broker defaults) unless a deployment configures them, see
 * {@link TopicCreation}.
 */
public enum DialtoneTopic {

	/**
	 * HR events and the auditor's RESUME / REDRIVE commands, keyed by employee id; the
	 * worker writes due deferred events and re-driven dead letters back to it.
	 */
	IDENTITY_EVENTS("dialtone.identity-events", "employee id", IdentityEvent.getClassSchema(), Cleanup.DELETE, 12,
			Service.PRODUCER, Service.WORKER, Service.AUDITOR),

	/** Identity records the worker could not process: original bytes + origin headers. */
	IDENTITY_EVENTS_DLT("dialtone.identity-events-dlt", "employee id", null, Cleanup.DELETE, 12, Service.WORKER),

	/** Future-dated terminations waiting for their day (the worker's own state). */
	IDENTITY_EVENTS_DEFERRED("dialtone.identity-events-deferred", "employee id", IdentityEvent.getClassSchema(),
			Cleanup.COMPACT, 3, Service.WORKER),

	/**
	 * The last identity offset the worker applied per employee; co-partitioned with
	 * {@link #IDENTITY_EVENTS} (ledger partition p holds the entries of identity
	 * partition p), so its partition count must equal the identity topic's.
	 */
	WORKER_APPLIED_LEDGER("dialtone.worker-applied-ledger", "employee id", null, Cleanup.COMPACT, 12, Service.WORKER),

	/**
	 * Lower-cased work email → the employee and Zoom user Dialtone records for it
	 * ({@code <employeeId> <zoomUserId>}, UTF-8); every worker instance reads it whole,
	 * so one employee never takes over another's Zoom user.
	 */
	WORKER_EMAIL_INDEX("dialtone.worker-email-index", "work email", null, Cleanup.COMPACT, 3, Service.WORKER),

	/** One outcome per processed identity event. */
	PROVISIONING_OUTCOMES("dialtone.provisioning-outcomes", "employee id", ProvisioningOutcome.getClassSchema(),
			Cleanup.DELETE, 12, Service.WORKER),

	/** Outcome records the auditor could not process: original bytes + origin headers. */
	PROVISIONING_OUTCOMES_DLT("dialtone.provisioning-outcomes-dlt", "employee id", null, Cleanup.DELETE, 12,
			Service.AUDITOR),

	/** The latest outcome per employee (the auditor's durable state). */
	AUDITOR_LATEST_OUTCOMES("dialtone.auditor.latest-outcomes", "employee id", ProvisioningOutcome.getClassSchema(),
			Cleanup.COMPACT, 12, Service.AUDITOR),

	/**
	 * Every anomaly with cause, evidence, remediation and resolution; header
	 * {@code dialtone-cause}.
	 */
	PENDING_ANOMALIES("dialtone.pending-anomalies", "employee id", PendingAnomaly.getClassSchema(), Cleanup.COMPACT, 12,
			Service.AUDITOR),

	/**
	 * Optional per-cause routes of {@link #PENDING_ANOMALIES}, one topic per
	 * {@link PendingCause}: see {@link #routeOf}.
	 */
	PENDING_ANOMALY_ROUTES("dialtone.pending-anomalies.<cause>", "employee id", PendingAnomaly.getClassSchema(),
			Cleanup.DELETE, 12, Service.AUDITOR),

	/**
	 * Every hire outcome the auditor judged, re-keyed by work-email domain (and once more
	 * under the key {@code all}),
	 * {@code <observed-at millis> <cause or -> <domain> <employee id>} (UTF-8): the group
	 * member owning a key's partition holds that domain's (or the account's) spike
	 * window, whichever instance judged the outcome.
	 */
	AUDITOR_SPIKE_OBSERVATIONS("dialtone.auditor.spike-observations", "email domain", null, Cleanup.DELETE, 12,
			Service.AUDITOR),

	/** One incident per spike, naming the common cause. */
	PENDING_INCIDENTS("dialtone.pending-incidents", "incident id", PendingIncident.getClassSchema(), Cleanup.COMPACT,
			12, Service.AUDITOR),

	/** Ready-to-send messages for a mail sender. */
	NOTIFICATIONS("dialtone.notifications", "employee id", Notification.getClassSchema(), Cleanup.DELETE, 12,
			Service.AUDITOR),

	/** Every automated action, for compliance. */
	AUDIT("dialtone.audit", "employee id", AuditRecord.getClassSchema(), Cleanup.DELETE, 12, Service.AUDITOR),

	/**
	 * Differences between Zoom and HR the auditor's drift check found (users no employee
	 * owns, leavers still provisioned, phone attributes unlike HR's), one record per
	 * finding: found again is the same record.
	 */
	DRIFT("dialtone.drift", "drift id", DriftFinding.getClassSchema(), Cleanup.COMPACT, 3, Service.AUDITOR),

	/**
	 * How each Zoom user was made ({@code creation_type} and operator of Zoom's
	 * {@code user.created} webhook), written by whichever auditor instance received it
	 * and read whole by every instance: the account sweep tells a user made with
	 * {@code action=create} outside Dialtone apart from a personal account.
	 */
	ZOOM_USER_CREATIONS("dialtone.zoom-user-creations", "Zoom user id", ZoomUserCreation.getClassSchema(),
			Cleanup.COMPACT, 3, Service.AUDITOR),

	/**
	 * Employee id → the source that introduced the employee: by default a source may act
	 * only on the people it hired (the producer's durable authority state; the first
	 * record per key counts).
	 */
	PRODUCER_EMPLOYEE_SOURCES("dialtone.producer-employee-sources", "employee id", null, Cleanup.COMPACT, 1,
			Service.PRODUCER),

	/**
	 * SCIM id → employee id and the last SCIM resource (the producer's durable SCIM
	 * state, JSON).
	 */
	SCIM_USERS("dialtone.scim-users", "SCIM id", null, Cleanup.COMPACT, 1, Service.PRODUCER),

	/**
	 * Source-scoped event id ({@code <source>:<eventId>}) → the SHA-256 fingerprint of
	 * the content it was accepted with (UTF-8), written once the identity event is
	 * acknowledged; every producer instance reads it, so a retry on another instance or
	 * after a restart is answered as a duplicate. Kept for the idempotency window
	 * ({@code retention.ms} at creation).
	 */
	PRODUCER_EVENT_IDS("dialtone.producer-event-ids", "source-scoped event id", null, Cleanup.DELETE, 3,
			Service.PRODUCER);

	private final String defaultName;

	private final String key;

	private final Schema valueSchema;

	private final Cleanup cleanup;

	private final int defaultPartitions;

	private final Set<Service> writers;

	DialtoneTopic(String defaultName, String key, Schema valueSchema, Cleanup cleanup, int defaultPartitions,
			Service writer, Service... moreWriters) {
		this.defaultName = defaultName;
		this.key = key;
		this.valueSchema = valueSchema;
		this.cleanup = cleanup;
		this.defaultPartitions = defaultPartitions;
		this.writers = EnumSet.of(writer, moreWriters);
	}

	/** The topic's name unless a deployment renames it. */
	public String defaultName() {
		return this.defaultName;
	}

	/** What the record key is. */
	public String key() {
		return this.key;
	}

	/**
	 * The Avro value schema, registered under {@code <topic>-value}; empty for raw bytes
	 * or JSON.
	 */
	public Optional<Schema> valueSchema() {
		return Optional.ofNullable(this.valueSchema);
	}

	public Cleanup cleanup() {
		return this.cleanup;
	}

	/** Partitions when Dialtone creates the topic; an existing topic is left as it is. */
	public int defaultPartitions() {
		return this.defaultPartitions;
	}

	/** The services that write this topic, and so may create it. */
	public Set<Service> writers() {
		return EnumSet.copyOf(this.writers);
	}

	public boolean writtenBy(Service service) {
		return this.writers.contains(service);
	}

	/** Whether the name is a pattern of several topics rather than one topic. */
	public boolean isFamily() {
		return this == PENDING_ANOMALY_ROUTES;
	}

	/**
	 * The per-cause route of an anomalies topic: {@code <anomalies>.<cause>}, e.g.
	 * {@code dialtone.pending-anomalies.domain-not-verified}.
	 */
	public static String routeOf(String anomaliesTopic, PendingCause cause) {
		return anomaliesTopic + "." + cause.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The services that write Dialtone topics. */
	public enum Service {

		PRODUCER, WORKER, AUDITOR

	}

	/** Kafka's {@code cleanup.policy} of a topic. */
	public enum Cleanup {

		DELETE(TopicConfig.CLEANUP_POLICY_DELETE), COMPACT(TopicConfig.CLEANUP_POLICY_COMPACT);

		private final String policy;

		Cleanup(String policy) {
			this.policy = policy;
		}

		/** The value of {@code cleanup.policy}. */
		public String policy() {
			return this.policy;
		}

	}

}

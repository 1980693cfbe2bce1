package dev.dialtone.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.dialtone.contracts.AuditRecord;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.Notification;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.PendingIncident;
import dev.dialtone.contracts.ProvisioningOutcome;
import org.apache.avro.Schema;

/**
 * Every Avro-valued topic the services write, as TopicNameStrategy subjects
 * ({@code <topic>-value}). With auto-registration off a serializer only looks its schema
 * up, so a topic missing here fails its first write in prod. Dead-letter topics and the
 * worker's applied ledger carry raw bytes and need no subject.
 */
record SchemaSubjects(String subject, Schema schema) {

	static final String DEFAULT_PREFIX = "dialtone.";

	/**
	 * The default topic names, each under {@code prefix} (tests use their own prefix on
	 * the shared registry).
	 */
	static List<SchemaSubjects> catalogue(String prefix) {
		List<SchemaSubjects> subjects = new ArrayList<>();
		add(subjects, prefix + "identity-events", IdentityEvent.getClassSchema());
		// the worker parks future-dated events here with the same serializer
		add(subjects, prefix + "identity-events-deferred", IdentityEvent.getClassSchema());
		add(subjects, prefix + "provisioning-outcomes", ProvisioningOutcome.getClassSchema());
		add(subjects, prefix + "auditor.latest-outcomes", ProvisioningOutcome.getClassSchema());
		String anomalies = prefix + "pending-anomalies";
		add(subjects, anomalies, PendingAnomaly.getClassSchema());
		// every cause, UNKNOWN included: the classifier emits it and the auditor routes
		// and creates its topic too
		for (PendingCause cause : PendingCause.values()) {
			add(subjects, routeTopic(anomalies, cause), PendingAnomaly.getClassSchema());
		}
		add(subjects, prefix + "pending-incidents", PendingIncident.getClassSchema());
		add(subjects, prefix + "notifications", Notification.getClassSchema());
		add(subjects, prefix + "audit", AuditRecord.getClassSchema());
		return List.copyOf(subjects);
	}

	// Same naming as the auditor's AnomalyRouter.routeTopic; status-auditor is not on
	// this module's classpath.
	private static String routeTopic(String anomaliesTopic, PendingCause cause) {
		return anomaliesTopic + "." + cause.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static void add(List<SchemaSubjects> subjects, String topic, Schema schema) {
		subjects.add(new SchemaSubjects(topic + "-value", schema));
	}

}

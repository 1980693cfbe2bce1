package dev.dialtone.local;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.topics.DialtoneTopic;
import org.apache.avro.Schema;

/**
 * Every Avro-valued topic of schemas' {@link DialtoneTopic} catalogue, as
 * TopicNameStrategy subjects ({@code <topic>-value}). With auto-registration off a
 * serializer only looks its schema up, so a topic missing here fails its first write in
 * prod. Topics without a value schema (dead letters, the worker's applied ledger, the
 * SCIM users log) carry raw bytes or JSON and need no subject.
 */
record SchemaSubjects(String subject, Schema schema) {

	/** The subjects of the catalogue's topics under their default names. */
	static List<SchemaSubjects> catalogue() {
		return catalogue(UnaryOperator.identity());
	}

	/**
	 * The subjects of the catalogue's topics, each default name renamed by
	 * {@code topicName} (tests use their own names on the shared registry).
	 */
	static List<SchemaSubjects> catalogue(UnaryOperator<String> topicName) {
		List<SchemaSubjects> subjects = new ArrayList<>();
		for (DialtoneTopic topic : DialtoneTopic.values()) {
			topic.valueSchema().ifPresent((schema) -> {
				if (topic.isFamily()) {
					// every cause, UNKNOWN included: the classifier emits it and the
					// auditor
					// routes and creates its topic too
					String anomalies = topicName.apply(DialtoneTopic.PENDING_ANOMALIES.defaultName());
					for (PendingCause cause : PendingCause.values()) {
						subjects.add(of(DialtoneTopic.routeOf(anomalies, cause), schema));
					}
				}
				else {
					subjects.add(of(topicName.apply(topic.defaultName()), schema));
				}
			});
		}
		return List.copyOf(subjects);
	}

	private static SchemaSubjects of(String topic, Schema schema) {
		return new SchemaSubjects(topic + "-value", schema);
	}

}

package dev.dialtone.auditor.support;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.PendingAnomaly;

/**
 * The anomaly states on a test class's compacted anomalies topic, per person, in the
 * order they were written.
 */
public record AnomalyStates(TestTopics topics) {

	public List<PendingAnomaly> of(String employeeId) {
		return TopicProbe.readAll(this.topics.anomalies())
			.stream()
			.filter((r) -> r.key().equals(employeeId))
			.map((r) -> (PendingAnomaly) r.value())
			.toList();
	}

	/** The person's latest state, or null when there is none yet. */
	public PendingAnomaly last(String employeeId) {
		List<PendingAnomaly> all = of(employeeId);
		return all.isEmpty() ? null : all.get(all.size() - 1);
	}

	/** The status of the person's latest state, or null when there is none yet. */
	public AnomalyStatus lastStatus(String employeeId) {
		PendingAnomaly last = last(employeeId);
		return (last != null) ? last.getStatus() : null;
	}

	/** Everyone with an anomaly state. */
	public Set<String> people() {
		Set<String> keys = new TreeSet<>();
		TopicProbe.readAll(this.topics.anomalies()).forEach((r) -> keys.add(r.key()));
		return keys;
	}

}

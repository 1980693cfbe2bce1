package dev.dialtone.auditor.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.dialtone.auditor.classify.Classification;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.Severity;

/**
 * Anomaly states for plain unit tests.
 */
public final class TestAnomalies {

	private TestAnomalies() {
	}

	/** A freshly opened PENDING_AFTER_CREATE anomaly of cause UNKNOWN. */
	public static PendingAnomaly open(String employeeId, String eventId, Instant at) {
		Classification c = new Classification(PendingCause.UNKNOWN, Map.of(), List.of(), Severity.WARNING, false);
		return Anomalies.open(employeeId, employeeId + "@corp.example", null, eventId, AnomalyKind.PENDING_AFTER_CREATE,
				c, at);
	}

}

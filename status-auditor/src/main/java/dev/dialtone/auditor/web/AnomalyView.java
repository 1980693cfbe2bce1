package dev.dialtone.auditor.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.dialtone.contracts.PendingAnomaly;

/**
 * JSON shape of an anomaly for people: the record plus its age.
 */
record AnomalyView(String anomalyId, String employeeId, String workEmail, String zoomUserId, String emailDomain,
		String kind, String cause, String severity, String status, Map<String, String> evidence,
		List<String> remediationSteps, List<String> history, Instant detectedAt, Instant updatedAt, long ageSeconds,
		String resolution, Long timeToResolutionMillis) {

	static AnomalyView of(PendingAnomaly a, Instant now) {
		return new AnomalyView(a.getAnomalyId(), a.getEmployeeId(), a.getWorkEmail(), a.getZoomUserId(),
				a.getEmailDomain(), a.getKind().name(), a.getCause().name(), a.getSeverity().name(),
				a.getStatus().name(), a.getEvidence(), a.getRemediationSteps(), a.getHistory(), a.getDetectedAt(),
				a.getUpdatedAt(), Duration.between(a.getDetectedAt(), now).toSeconds(),
				(a.getResolution() != null) ? a.getResolution().getHow() : null,
				(a.getResolution() != null) ? a.getResolution().getTimeToResolutionMillis() : null);
	}

}

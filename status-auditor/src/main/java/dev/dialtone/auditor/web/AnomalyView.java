package dev.dialtone.auditor.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.dialtone.auditor.remediate.PersonalAccountRemedy;
import dev.dialtone.contracts.PendingAnomaly;

/**
 * JSON shape of an anomaly for people: the record plus its age, never the consolidation
 * token.
 */
record AnomalyView(String anomalyId, String employeeId, String workEmail, String zoomUserId, String emailDomain,
		String kind, String cause, String severity, String status, Map<String, String> evidence,
		List<String> remediationSteps, List<String> history, Instant detectedAt, Instant updatedAt, long ageSeconds,
		String resolution, Long timeToResolutionMillis) {

	static AnomalyView of(PendingAnomaly a, Instant now) {
		return new AnomalyView(a.getAnomalyId(), a.getEmployeeId(), a.getWorkEmail(), a.getZoomUserId(),
				a.getEmailDomain(), a.getKind().name(), a.getCause().name(), a.getSeverity().name(),
				a.getStatus().name(), shown(a.getEvidence()), a.getRemediationSteps(), a.getHistory(),
				a.getDetectedAt(), a.getUpdatedAt(), Duration.between(a.getDetectedAt(), now).toSeconds(),
				(a.getResolution() != null) ? a.getResolution().getHow() : null,
				(a.getResolution() != null) ? a.getResolution().getTimeToResolutionMillis() : null);
	}

	/**
	 * The evidence without the consolidation token: it is the person's own credential,
	 * for their link only.
	 */
	private static Map<String, String> shown(Map<String, String> evidence) {
		Map<String, String> shown = new TreeMap<>(evidence);
		shown.remove(PersonalAccountRemedy.TOKEN);
		return shown;
	}

}

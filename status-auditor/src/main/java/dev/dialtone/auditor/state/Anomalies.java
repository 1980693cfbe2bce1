package dev.dialtone.auditor.state;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.dialtone.auditor.classify.Classification;
import dev.dialtone.auditor.classify.EmailDomains;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.Resolution;

/**
 * Builds anomaly states. Ids are derived from employee id and source event id, so
 * re-processing the same outcome after a restart or rebalance yields the same anomaly
 * rather than a second one.
 */
public final class Anomalies {

	/**
	 * How an anomaly closes when the person was terminated meanwhile (a DEPROVISIONED
	 * outcome).
	 */
	public static final String PERSON_LEFT = "superseded: person left; nothing to fix";

	/**
	 * How an OUTCOME_MISSING anomaly closes when its outcome finally comes, followed by
	 * the outcome's state.
	 */
	public static final String ARRIVED_LATE = "outcome arrived late: ";

	/**
	 * Evidence key set when the destructive-action cap held an anomaly's automation back:
	 * people handle it, and the cap's incident stays open while any such anomaly is.
	 */
	public static final String AUTOMATION_CAPPED = "automationCappedAt";

	private Anomalies() {
	}

	public static String arrivedLate(ProvisioningOutcome outcome) {
		return ARRIVED_LATE + outcome.getFinalState();
	}

	public static String idFor(String employeeId, String sourceEventId) {
		return UUID.nameUUIDFromBytes((employeeId + "|" + sourceEventId).getBytes(StandardCharsets.UTF_8)).toString();
	}

	public static PendingAnomaly open(String employeeId, String email, String zoomUserId, String sourceEventId,
			AnomalyKind kind, Classification classification, Instant now) {
		return PendingAnomaly.newBuilder()
			.setAnomalyId(idFor(employeeId, sourceEventId))
			.setEmployeeId(employeeId)
			.setWorkEmail(email)
			.setZoomUserId(zoomUserId)
			.setEmailDomain(EmailDomains.of(email))
			.setSourceEventId(sourceEventId)
			.setKind(kind)
			.setCause(classification.cause())
			.setEvidence(new LinkedHashMap<>(classification.evidence()))
			.setRemediationSteps(new ArrayList<>(classification.remediationSteps()))
			.setSeverity(classification.severity())
			.setDetectedAt(now)
			.setUpdatedAt(now)
			.setStatus(AnomalyStatus.OPEN)
			.setHistory(new ArrayList<>(List.of(now + " detected " + kind + ": " + classification.cause())))
			.build();
	}

	/** A copy with one more history line, updated now. */
	public static PendingAnomaly.Builder next(PendingAnomaly current, Instant now, String historyLine) {
		List<String> history = new ArrayList<>(current.getHistory());
		history.add(now + " " + historyLine);
		return PendingAnomaly.newBuilder(current).setUpdatedAt(now).setHistory(history);
	}

	public static PendingAnomaly withEvidence(PendingAnomaly.Builder builder, Map<String, String> extra) {
		Map<String, String> evidence = new LinkedHashMap<>(builder.getEvidence());
		evidence.putAll(extra);
		return builder.setEvidence(evidence).build();
	}

	public static PendingAnomaly resolve(PendingAnomaly current, Instant now, String how) {
		long millis = Duration.between(current.getDetectedAt(), now).toMillis();
		return next(current, now, "resolved: " + how).setStatus(AnomalyStatus.RESOLVED)
			.setResolution(
					Resolution.newBuilder().setResolvedAt(now).setHow(how).setTimeToResolutionMillis(millis).build())
			.build();
	}

	/**
	 * True when the anomaly closed because the person left, not because their user turned
	 * active.
	 */
	public static boolean closedByLeaving(PendingAnomaly anomaly) {
		return anomaly.getResolution() != null && anomaly.getResolution().getHow().startsWith(PERSON_LEFT);
	}

	/**
	 * True when the anomaly closed without the user turning active: the person left, or a
	 * missing outcome came late with a state other than ACTIVE_PHONE_READY.
	 */
	public static boolean closedWithoutActivation(PendingAnomaly anomaly) {
		if (anomaly.getResolution() == null) {
			return false;
		}
		String how = anomaly.getResolution().getHow();
		return closedByLeaving(anomaly)
				|| (how.startsWith(ARRIVED_LATE) && !how.startsWith(ARRIVED_LATE + FinalState.ACTIVE_PHONE_READY));
	}

	public static String evidence(PendingAnomaly anomaly, String key) {
		return anomaly.getEvidence().get(key);
	}

}

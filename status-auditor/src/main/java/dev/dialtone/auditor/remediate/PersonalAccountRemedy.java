package dev.dialtone.auditor.remediate;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.PendingAnomaly;

/**
 * EXISTING_PERSONAL_ACCOUNT automation: disassociate the pending user, ask the person to
 * consolidate their own Zoom account into ours, and re-drive ssoCreate once they have.
 * Zoom's API cannot see a personal account, so "they have" is the person's click on the
 * link in the notification, a Zoom webhook for their email, or the helpdesk's re-drive.
 */
public class PersonalAccountRemedy {

	public static final String AWAITING_CONSOLIDATION = "consolidation";

	public static final String AWAITING_REDRIVE = "redrive-outcome";

	/**
	 * Evidence key of the unguessable token in the person's "I have consolidated" link.
	 */
	public static final String TOKEN = "consolidationToken";

	/** Evidence key of the fresh Zoom reads an automated action rested on. */
	public static final String ACTED_ON = "automationActedOn";

	private final ZoomDirectory zoom;

	private final AnomalyRouter router;

	private final AuditTrail audit;

	private final Notifier notifier;

	private final Redrive redrive;

	private final String actor;

	private final Clock clock;

	PersonalAccountRemedy(ZoomDirectory zoom, AnomalyRouter router, AuditTrail audit, Notifier notifier,
			Redrive redrive, String actor, Clock clock) {
		this.zoom = zoom;
		this.router = router;
		this.audit = audit;
		this.notifier = notifier;
		this.redrive = redrive;
		this.actor = actor;
		this.clock = clock;
	}

	/**
	 * Disassociates the pending user and asks the person to consolidate.
	 * @param actedOn the fresh Zoom reads the guard confirmed the cause with
	 */
	void begin(PendingAnomaly anomaly, String actedOn) {
		String actor = this.actor;
		Instant now = this.clock.instant();
		if (anomaly.getZoomUserId() != null) {
			this.zoom.disassociate(anomaly.getZoomUserId());
			this.audit.record(anomaly.getEmployeeId(), "disassociate-pending-user", actor,
					"DELETE /users/" + anomaly.getZoomUserId() + "?action=disassociate (pending, personal account);"
							+ " acted on: " + actedOn);
		}
		String token = UUID.randomUUID().toString();
		String channel = this.notifier.askToConsolidate(anomaly, token);
		this.audit.record(anomaly.getEmployeeId(), "notify-person", actor,
				"asked to consolidate via " + channel + "; acted on: " + actedOn);
		PendingAnomaly next = Anomalies.withEvidence(
				Anomalies
					.next(anomaly, now,
							"automation: disassociated the pending user and asked the person to" + " consolidate ("
									+ channel + ")")
					.setStatus(AnomalyStatus.REMEDIATING),
				Map.of(AutoRemediation.ATTEMPTED, now.toString(), AutoRemediation.AWAITING, AWAITING_CONSOLIDATION,
						TOKEN, token, ACTED_ON, actedOn));
		this.router.publish(anomaly, next);
	}

	/**
	 * Records what {@link #begin} would do, and does none of it: nothing deleted in Zoom,
	 * nobody mailed; the anomaly stays OPEN for people.
	 */
	void dryRun(PendingAnomaly anomaly, String actedOn) {
		Instant now = this.clock.instant();
		String delete = (anomaly.getZoomUserId() != null)
				? "DELETE /users/" + anomaly.getZoomUserId() + "?action=disassociate" : "no pending user to delete";
		this.audit.record(anomaly.getEmployeeId(), "dry-run:disassociate-pending-user", this.actor,
				"would " + delete + "; acted on: " + actedOn);
		this.audit.record(anomaly.getEmployeeId(), "dry-run:notify-person", this.actor,
				"would ask " + anomaly.getWorkEmail() + " to consolidate; acted on: " + actedOn);
		PendingAnomaly next = Anomalies.withEvidence(
				Anomalies.next(anomaly, now,
						"dry run: would " + delete + " and ask " + anomaly.getWorkEmail() + " to consolidate ("
								+ actedOn + ")"),
				Map.of(AutoRemediation.ATTEMPTED, now.toString(), ACTED_ON, actedOn, "dryRun", "true"));
		this.router.publish(anomaly, next);
	}

	/**
	 * The person has consolidated: re-drive ssoCreate. Call under the person's lock,
	 * inside a transaction.
	 */
	public void consolidated(PendingAnomaly anomaly, String seenBy) {
		this.redrive.send(anomaly, "person consolidated (" + seenBy + "); re-driving ssoCreate", null, this.actor,
				(id) -> "REDRIVE " + id + " after consolidation seen by " + seenBy);
	}

	public static boolean awaitingConsolidation(PendingAnomaly anomaly) {
		return AWAITING_CONSOLIDATION.equals(anomaly.getEvidence().get(AutoRemediation.AWAITING));
	}

}

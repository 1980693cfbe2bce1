package dev.dialtone.auditor.webhook;

import java.util.Optional;
import java.util.Set;

import dev.dialtone.auditor.recheck.UserActivation;
import dev.dialtone.auditor.remediate.PersonalAccountRemedy;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.auditor.zoom.ZoomDirectory.ZoomUser;
import dev.dialtone.contracts.PendingAnomaly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reacts at once to Zoom user events: a pending (or consolidating) person whose user
 * turned active. The event is only a hint: the user is read back from Zoom and only what
 * Zoom reports there counts.
 */
class WebhookHandler {

	static final Set<String> ACTIVATION_EVENTS = Set.of("user.invitation_accepted", "user.activated");

	private static final Logger log = LoggerFactory.getLogger(WebhookHandler.class);

	private final AnomalyLedger ledger;

	private final ZoomDirectory zoom;

	private final UserActivation activation;

	WebhookHandler(AnomalyLedger ledger, ZoomDirectory zoom, UserActivation activation) {
		this.ledger = ledger;
		this.zoom = zoom;
		this.activation = activation;
	}

	/**
	 * @return true when the event changed an anomaly
	 */
	boolean handle(String event, String zoomUserId, String email) {
		if (!ACTIVATION_EVENTS.contains(event)) {
			return false;
		}
		Optional<PendingAnomaly> open = this.ledger.openByZoomUser(zoomUserId, email);
		if (open.isEmpty()) {
			return false;
		}
		PendingAnomaly anomaly = open.get();
		// a consolidating person's pending user was deleted: their new user is found by
		// email
		String key = PersonalAccountRemedy.awaitingConsolidation(anomaly) ? anomaly.getWorkEmail()
				: anomaly.getZoomUserId();
		if (key == null) {
			return false;
		}
		Optional<ZoomUser> user;
		try {
			user = this.zoom.user(key);
		}
		catch (RuntimeException ex) {
			log.warn("Webhook {} for employee {}: Zoom unreadable ({}); the re-check will look again", event,
					anomaly.getEmployeeId(), ex.getMessage());
			return false;
		}
		if (!user.map(ZoomUser::active).orElse(false)) {
			log.info("Webhook {} for employee {}, but Zoom reports the user {}; nothing done", event,
					anomaly.getEmployeeId(), user.map(ZoomUser::status).orElse("not found"));
			return false;
		}
		return this.activation.activated(anomaly.getEmployeeId(),
				"webhook " + event + ", confirmed by GET /users/" + key);
	}

}

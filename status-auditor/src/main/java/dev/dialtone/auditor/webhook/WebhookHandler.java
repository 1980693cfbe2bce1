package dev.dialtone.auditor.webhook;

import java.util.Set;

import dev.dialtone.auditor.recheck.UserActivation;
import dev.dialtone.auditor.state.AnomalyLedger;

/**
 * Reacts at once to Zoom user events: a pending (or consolidating) person whose user
 * turned active.
 */
class WebhookHandler {

	static final Set<String> ACTIVATION_EVENTS = Set.of("user.invitation_accepted", "user.activated");

	private final AnomalyLedger ledger;

	private final UserActivation activation;

	WebhookHandler(AnomalyLedger ledger, UserActivation activation) {
		this.ledger = ledger;
		this.activation = activation;
	}

	/**
	 * @return true when the event changed an anomaly
	 */
	boolean handle(String event, String zoomUserId, String email) {
		if (!ACTIVATION_EVENTS.contains(event)) {
			return false;
		}
		return this.ledger.openByZoomUser(zoomUserId, email)
			.map((anomaly) -> this.activation.activated(anomaly.getEmployeeId(), "webhook " + event))
			.orElse(false);
	}

}

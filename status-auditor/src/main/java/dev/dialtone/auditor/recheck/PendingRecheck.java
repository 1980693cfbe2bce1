package dev.dialtone.auditor.recheck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.dialtone.auditor.remediate.AutoRemediation;
import dev.dialtone.auditor.remediate.DomainHold;
import dev.dialtone.auditor.remediate.PersonalAccountRemedy;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.auditor.zoom.ZoomDirectory.ZoomUser;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.PendingAnomaly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-reads pending users ({@code GET /users/{id}}) on the configured back-off schedule,
 * and people asked to consolidate by email, for the anomalies this instance owns.
 */
public class PendingRecheck {

	private static final Logger log = LoggerFactory.getLogger(PendingRecheck.class);

	private record Due(int attempt, Instant at) {
	}

	private final AnomalyLedger ledger;

	private final ZoomDirectory zoom;

	private final UserActivation activation;

	private final Ownership ownership;

	private final List<Duration> backoff;

	private final Clock clock;

	private final Map<String, Due> schedule = new ConcurrentHashMap<>();

	PendingRecheck(AnomalyLedger ledger, ZoomDirectory zoom, UserActivation activation, Ownership ownership,
			List<Duration> backoff, Clock clock) {
		this.ledger = ledger;
		this.zoom = zoom;
		this.activation = activation;
		this.ownership = ownership;
		this.backoff = List.copyOf(backoff);
		this.clock = clock;
	}

	public void run() {
		Instant now = this.clock.instant();
		List<PendingAnomaly> open = this.ledger.open();
		this.schedule.keySet().retainAll(open.stream().map(PendingAnomaly::getAnomalyId).toList());
		for (PendingAnomaly anomaly : open) {
			if (!checkable(anomaly) || !this.ownership.owns(anomaly.getEmployeeId())) {
				continue;
			}
			Due due = this.schedule.computeIfAbsent(anomaly.getAnomalyId(),
					(id) -> new Due(0, anomaly.getUpdatedAt().plus(delay(0))));
			if (due.at().isAfter(now)) {
				continue;
			}
			this.schedule.put(anomaly.getAnomalyId(), new Due(due.attempt() + 1, now.plus(delay(due.attempt() + 1))));
			try {
				checkNow(anomaly, "re-check #" + (due.attempt() + 1));
			}
			catch (RuntimeException ex) {
				log.warn("Re-check of employee {} failed: {}", anomaly.getEmployeeId(), ex.getMessage());
			}
		}
	}

	/** Reads the user now; @return what Zoom said, in words for the operator. */
	public String checkNow(PendingAnomaly anomaly, String seenBy) {
		boolean consolidating = PersonalAccountRemedy.awaitingConsolidation(anomaly);
		String key = consolidating ? anomaly.getWorkEmail() : anomaly.getZoomUserId();
		if (key == null) {
			return "no Zoom user to read";
		}
		Optional<ZoomUser> user = this.zoom.user(key);
		String status = user.map(ZoomUser::status).orElse("not found");
		if (user.map(ZoomUser::active).orElse(false)) {
			this.activation.activated(anomaly.getEmployeeId(), seenBy + ": GET /users/" + key + " active");
		}
		return "Zoom reports " + status;
	}

	private static boolean checkable(PendingAnomaly anomaly) {
		String awaiting = anomaly.getEvidence().get(AutoRemediation.AWAITING);
		boolean pendingUser = (anomaly.getKind() == AnomalyKind.PENDING_AFTER_CREATE
				|| anomaly.getKind() == AnomalyKind.PENDING_SLA_BREACHED) && anomaly.getZoomUserId() != null;
		// a held hire may still turn active by itself (the person clicked Zoom's link); a
		// re-drive in flight may not
		return PersonalAccountRemedy.AWAITING_CONSOLIDATION.equals(awaiting)
				|| (pendingUser && (awaiting == null || DomainHold.AWAITING_DOMAIN.equals(awaiting)));
	}

	private Duration delay(int attempt) {
		return this.backoff.get(Math.min(attempt, this.backoff.size() - 1));
	}

}

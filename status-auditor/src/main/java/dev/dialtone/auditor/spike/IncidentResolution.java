package dev.dialtone.auditor.spike;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.auditor.classify.DomainStatuses;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.PendingIncident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether an incident's cause still holds, judged from the ledger (every instance's
 * anomalies) and managed_domains read now: what resolved it, or nothing yet.
 */
final class IncidentResolution {

	private static final Logger log = LoggerFactory.getLogger(IncidentResolution.class);

	private final AnomalyLedger ledger;

	private final ZoomDirectory zoom;

	private final DomainStatuses domains;

	private final Clock clock;

	private final Duration window;

	IncidentResolution(AnomalyLedger ledger, ZoomDirectory zoom, DomainStatuses domains, Clock clock, Duration window) {
		this.ledger = ledger;
		this.zoom = zoom;
		this.domains = domains;
		this.clock = clock;
		this.window = window;
	}

	/** What resolved the incident, or empty while its cause holds. */
	Optional<String> of(PendingIncident incident) {
		String scope = incident.getScope();
		if (scope.startsWith(SpikeWatch.AUTOMATION_SCOPE)) {
			boolean heldBack = this.ledger.open()
				.stream()
				.anyMatch((a) -> a.getEvidence().containsKey(Anomalies.AUTOMATION_CAPPED)
						&& scope.equals(SpikeWatch.AUTOMATION_SCOPE + a.getCause().name()));
			return heldBack ? Optional.empty()
					: Optional.of("every anomaly the cap held back was handled or re-classified");
		}
		Instant since = incident.getOpenedAt().minus(this.window);
		List<PendingAnomaly> pending = this.ledger.open()
			.stream()
			.filter((a) -> a.getKind() == AnomalyKind.PENDING_AFTER_CREATE
					|| a.getKind() == AnomalyKind.PENDING_SLA_BREACHED)
			.filter((a) -> SpikeDetector.ALL.equals(scope) || scope.equals(a.getEmailDomain()))
			.filter((a) -> !a.getDetectedAt().isBefore(since))
			.toList();
		if (!pending.isEmpty()) {
			return Optional.empty();
		}
		if (incident.getLikelyCause() == PendingCause.DOMAIN_NOT_VERIFIED && !SpikeDetector.ALL.equals(scope)) {
			Map<String, String> now = managedDomains();
			if (now == null || !"verified".equalsIgnoreCase(now.get(scope))) {
				return Optional.empty();
			}
			return Optional.of("managed_domains reports " + scope + " verified and none of its hires is pending");
		}
		return Optional.of("none of the spike's hires is pending any more");
	}

	/** managed_domains now, or null when Zoom cannot be read. */
	Map<String, String> managedDomains() {
		try {
			Map<String, String> now = this.zoom.managedDomains();
			this.domains.sawAll(now, this.clock.instant());
			return now;
		}
		catch (RuntimeException ex) {
			log.warn("managed_domains could not be read for the incidents: {}", ex.getMessage());
			return null;
		}
	}

}

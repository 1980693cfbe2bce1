package dev.dialtone.auditor.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.dialtone.auditor.recheck.PendingRecheck;
import dev.dialtone.auditor.remediate.OperatorRedrive;
import dev.dialtone.auditor.security.SignedIn;
import dev.dialtone.auditor.spike.SpikeWatch;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.contracts.PendingIncident;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The helpdesk's JSON API: open anomalies, one person's anomaly, re-check and re-drive
 * actions (audited under the signed-in person's name, rate-limited per principal), open
 * incidents. Who may call what is the API door's business ({@code security/}).
 */
@RestController
@RequestMapping("/api/v1")
class AnomalyController {

	private final AnomalyLedger ledger;

	private final PendingRecheck recheck;

	private final OperatorRedrive redrive;

	private final SpikeWatch spikes;

	private final ActionRateLimit limit;

	private final Clock clock;

	AnomalyController(AnomalyLedger ledger, PendingRecheck recheck, OperatorRedrive redrive, SpikeWatch spikes,
			ActionRateLimit limit, Clock clock) {
		this.limit = limit;
		this.ledger = ledger;
		this.recheck = recheck;
		this.redrive = redrive;
		this.spikes = spikes;
		this.clock = clock;
	}

	/**
	 * Open (or all) anomalies of every kind — pending, failed, dead-lettered, missing,
	 * phone-incomplete — optionally of one kind.
	 */
	@GetMapping("/anomalies")
	List<AnomalyView> anomalies(@RequestParam(defaultValue = "open") String status,
			@RequestParam(required = false) String kind) {
		Instant now = this.clock.instant();
		return ("all".equals(status) ? this.ledger.all() : this.ledger.open()).stream()
			.filter((a) -> kind == null || kind.equalsIgnoreCase(a.getKind().name()))
			.map((a) -> AnomalyView.of(a, now))
			.toList();
	}

	@GetMapping("/anomalies/{employeeId}")
	ResponseEntity<AnomalyView> anomaly(@PathVariable String employeeId) {
		return ResponseEntity.of(this.ledger.anomaly(employeeId).map((a) -> AnomalyView.of(a, this.clock.instant())));
	}

	@PostMapping("/anomalies/{employeeId}/recheck")
	ResponseEntity<Map<String, String>> recheck(@PathVariable String employeeId, Authentication signedIn) {
		ResponseEntity<Map<String, String>> limited = limited(signedIn);
		if (limited != null) {
			return limited;
		}
		String who = SignedIn.name(signedIn);
		return ResponseEntity.of(this.ledger.openAnomaly(employeeId)
			.map((a) -> Map.of("employeeId", employeeId, "result", this.recheck.checkNow(a, "re-check by " + who))));
	}

	@PostMapping("/anomalies/{employeeId}/redrive")
	ResponseEntity<Map<String, String>> redrive(@PathVariable String employeeId, Authentication signedIn) {
		ResponseEntity<Map<String, String>> limited = limited(signedIn);
		if (limited != null) {
			return limited;
		}
		return ResponseEntity.of(this.redrive.redrive(employeeId, SignedIn.name(signedIn))
			.map((eventId) -> Map.of("employeeId", employeeId, "redriveEventId", eventId)));
	}

	/** 429 with Retry-After when this principal has used up its actions for now. */
	private ResponseEntity<Map<String, String>> limited(Authentication signedIn) {
		Duration wait = this.limit.tryAcquire(signedIn.getName());
		if (wait.isZero()) {
			return null;
		}
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds())))
			.body(Map.of("error", "too many re-checks and re-drives; try again later"));
	}

	@GetMapping("/incidents")
	List<Map<String, Object>> incidents() {
		return this.spikes.openIncidents().stream().map(AnomalyController::view).toList();
	}

	private static Map<String, Object> view(PendingIncident incident) {
		return Map.of("incidentId", incident.getIncidentId(), "scope", incident.getScope(), "likelyCause",
				incident.getLikelyCause().name(), "summary", incident.getSummary(), "pendingCount",
				incident.getPendingCount(), "windowCount", incident.getWindowCount(), "openedAt",
				incident.getOpenedAt().toString());
	}

}

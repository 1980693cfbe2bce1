package dev.dialtone.auditor.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.dialtone.auditor.drift.DriftCheck;
import dev.dialtone.auditor.drift.DriftLedger;
import dev.dialtone.auditor.security.SignedIn;
import dev.dialtone.contracts.DriftFinding;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Drift findings for the page and API, and the on-demand check (OPERATOR, counted against
 * the principal's action budget since it reads the whole Zoom account).
 */
@RestController
@RequestMapping("/api/v1/drift")
class DriftController {

	private final DriftLedger findings;

	private final DriftCheck check;

	private final ActionRateLimit limit;

	DriftController(DriftLedger findings, DriftCheck check, ActionRateLimit limit) {
		this.findings = findings;
		this.check = check;
		this.limit = limit;
	}

	/** One finding as people read it. */
	record DriftView(String driftId, String kind, String status, String employeeId, String email, String emailDomain,
			String zoomUserId, String zoomStatus, String summary, List<Map<String, String>> differences,
			int numbersHeld, int callingPlansHeld, Instant firstFoundAt, Instant lastFoundAt, String correctionEventId,
			String resolution) {

		static DriftView of(DriftFinding f) {
			return new DriftView(f.getDriftId(), f.getKind().name(), f.getStatus().name(), f.getEmployeeId(),
					f.getEmail(), f.getEmailDomain(), f.getZoomUserId(), f.getZoomStatus(), f.getSummary(),
					f.getDifferences()
						.stream()
						.map((d) -> Map.of("attribute", d.getAttribute(), "wanted", orNothing(d.getWanted()), "actual",
								orNothing(d.getActual())))
						.toList(),
					f.getNumbersHeld(), f.getCallingPlansHeld(), f.getFirstFoundAt(), f.getLastFoundAt(),
					f.getCorrectionEventId(), f.getResolution());
		}

		private static String orNothing(String value) {
			return (value != null) ? value : "nothing";
		}

	}

	@GetMapping
	List<DriftView> drift(@RequestParam(defaultValue = "open") String status) {
		return ("all".equals(status) ? this.findings.all() : this.findings.open()).stream().map(DriftView::of).toList();
	}

	@PostMapping("/check")
	ResponseEntity<DriftCheck.Report> checkNow(Authentication signedIn) {
		Duration wait = this.limit.tryAcquire(signedIn.getName());
		if (!wait.isZero()) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds())))
				.build();
		}
		return ResponseEntity.ok(this.check.run(SignedIn.name(signedIn)));
	}

}

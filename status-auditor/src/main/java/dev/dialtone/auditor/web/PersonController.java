package dev.dialtone.auditor.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.dialtone.auditor.drift.DriftLedger;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.contracts.AuditRecord;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.ProvisioningOutcome;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One person's detail for the page: their anomaly, latest outcome, drift findings and a
 * timeline of outcomes, checks and actions, each naming who took it.
 */
@RestController
@RequestMapping("/api/v1/people")
class PersonController {

	private final AnomalyLedger ledger;

	private final DriftLedger drift;

	private final AuditIndex audit;

	PersonController(AnomalyLedger ledger, DriftLedger drift, AuditIndex audit) {
		this.ledger = ledger;
		this.drift = drift;
		this.audit = audit;
	}

	/**
	 * One moment in the person's story.
	 *
	 * @param at when
	 * @param type outcome, check (the anomaly's history) or action (audit)
	 * @param what what happened
	 * @param who who took it (the worker, the auditor, an operator's name)
	 */
	record Moment(Instant at, String type, String what, String who) {
	}

	record Person(String employeeId, String workEmail, AnomalyView anomaly, List<DriftController.DriftView> drift,
			List<Moment> timeline) {
	}

	@GetMapping("/{employeeId}")
	ResponseEntity<Person> person(@PathVariable String employeeId) {
		Optional<PendingAnomaly> anomaly = this.ledger.anomaly(employeeId);
		Optional<ProvisioningOutcome> outcome = this.ledger.latestOutcome(employeeId);
		List<DriftController.DriftView> findings = this.drift.all()
			.stream()
			.filter((f) -> employeeId.equals(f.getEmployeeId()))
			.map(DriftController.DriftView::of)
			.toList();
		List<AuditRecord> actions = this.audit.of(employeeId);
		if (anomaly.isEmpty() && outcome.isEmpty() && findings.isEmpty() && actions.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		List<Moment> timeline = new ArrayList<>();
		outcome
			.ifPresent(
					(o) -> timeline
						.add(new Moment(o.getCompletedAt(), "outcome",
								o.getEventType() + " → " + o.getFinalState()
										+ ((o.getFailureReason() != null) ? ": " + o.getFailureReason() : ""),
								"worker")));
		anomaly.ifPresent((a) -> a.getHistory().forEach((line) -> timeline.add(moment(line))));
		actions.forEach((r) -> timeline.add(new Moment(r.getAt(), "action",
				r.getAction() + ((r.getDetail() != null) ? ": " + r.getDetail() : ""), r.getActor())));
		findings.forEach((f) -> timeline
			.add(new Moment(f.firstFoundAt(), "drift", f.kind() + ": " + f.summary(), "drift check")));
		timeline.sort(Comparator.comparing(Moment::at));
		String email = anomaly.map(PendingAnomaly::getWorkEmail)
			.or(() -> outcome.map(ProvisioningOutcome::getWorkEmail))
			.orElse(findings.isEmpty() ? null : findings.get(0).email());
		Instant now = Instant.now();
		return ResponseEntity.ok(new Person(employeeId, email, anomaly.map((a) -> AnomalyView.of(a, now)).orElse(null),
				findings, timeline));
	}

	/**
	 * A history line is {@code <instant> <text>}; the text may name the operator ("by
	 * ...").
	 */
	private static Moment moment(String line) {
		int space = line.indexOf(' ');
		try {
			Instant at = Instant.parse(line.substring(0, space));
			String text = line.substring(space + 1);
			int by = text.lastIndexOf(" by ");
			return new Moment(at, "check", text, (by >= 0) ? text.substring(by + 4) : "auditor");
		}
		catch (RuntimeException ex) {
			return new Moment(Instant.EPOCH, "check", line, "auditor");
		}
	}

}

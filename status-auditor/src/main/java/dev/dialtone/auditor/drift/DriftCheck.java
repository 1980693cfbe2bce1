package dev.dialtone.auditor.drift;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.dialtone.auditor.drift.DriftRules.Found;
import dev.dialtone.auditor.drift.HrView.Employee;
import dev.dialtone.auditor.remediate.AuditTrail;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.contracts.DriftFinding;
import dev.dialtone.contracts.DriftKind;
import dev.dialtone.contracts.DriftStatus;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.ProvisioningOutcome;

/**
 * One drift check: reads the Zoom account, compares it with HR, and publishes in one
 * transaction what is new or changed (unchanged findings are not written again: a second
 * check adds nothing), what is gone (RESOLVED), and the opt-in corrections as commands
 * for the worker. Checks run one at a time.
 */
public class DriftCheck {

	private final ZoomAccount zoom;

	private final HrView hr;

	private final AnomalyLedger ledger;

	private final DriftLedger findings;

	private final DriftCommands commands;

	private final AuditTrail audit;

	private final Outbox outbox;

	private final DriftMetrics metrics;

	private final Settings settings;

	private final Clock clock;

	/**
	 * @param topic the drift topic
	 * @param correct kinds corrected through the worker
	 * @param sites Dialtone site code (upper case) → Zoom Phone site id
	 */
	record Settings(String topic, Set<DriftKind> correct, Map<String, String> sites) {
	}

	/**
	 * What one check did.
	 *
	 * @param found findings that hold now
	 * @param added new (or found again after being resolved)
	 * @param changed open findings whose details changed
	 * @param resolved findings no longer found
	 * @param corrected corrections sent to the worker
	 * @param zoomCalls Zoom calls the account read took
	 */
	public record Report(int found, int added, int changed, int resolved, int corrected, int zoomCalls) {
	}

	DriftCheck(ZoomAccount zoom, HrView hr, AnomalyLedger ledger, DriftLedger findings, DriftCommands commands,
			AuditTrail audit, Outbox outbox, DriftMetrics metrics, Settings settings, Clock clock) {
		this.zoom = zoom;
		this.hr = hr;
		this.ledger = ledger;
		this.findings = findings;
		this.commands = commands;
		this.audit = audit;
		this.outbox = outbox;
		this.metrics = metrics;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @param actor who asked: the scheduler or a signed-in operator (on audit records)
	 */
	public synchronized Report run(String actor) {
		ZoomAccount.Snapshot account = this.zoom.read();
		Instant now = this.clock.instant();
		List<Employee> employees = this.hr.employees();
		Map<String, Employee> byId = employees.stream()
			.collect(Collectors.toMap(Employee::employeeId, (e) -> e, (a, b) -> b));
		List<Found> found = DriftRules.compare(employees, this::zoomUserOf, account, this.settings.sites(),
				LocalDate.ofInstant(now, ZoneOffset.UTC));
		List<DriftFinding> writes = new ArrayList<>();
		List<Runnable> corrections = new ArrayList<>();
		Set<String> holding = new HashSet<>();
		int[] counts = new int[4];
		List<DriftKind> added = new ArrayList<>();
		List<DriftKind> corrected = new ArrayList<>();
		for (Found f : found) {
			holding.add(f.driftId());
			Optional<DriftFinding> before = this.findings.finding(f.driftId()).filter(DriftLedger::isOpen);
			DriftFinding next;
			if (before.isEmpty()) {
				next = record(f, null, now);
				counts[0]++;
				added.add(f.kind());
			}
			else if (!sameFinding(before.get(), f)) {
				next = record(f, before.get(), now);
				counts[1]++;
			}
			else {
				next = before.get();
			}
			Employee employee = (f.employeeId() != null) ? byId.get(f.employeeId()) : null;
			if (next.getStatus() == DriftStatus.OPEN && employee != null
					&& this.settings.correct().contains(f.kind())) {
				IdentityEvent command = this.commands.correction(next, employee, now);
				String detail = command.getEventType() + " " + command.getEventId() + ": " + next.getSummary();
				corrections.add(() -> {
					this.commands.send(command);
					this.audit.record(employee.employeeId(), "drift-correct", actor, detail);
				});
				next = DriftFinding.newBuilder(next)
					.setStatus(DriftStatus.CORRECTING)
					.setCorrectionEventId(command.getEventId())
					.build();
				counts[3]++;
				corrected.add(f.kind());
			}
			if (next != before.orElse(null)) {
				writes.add(next);
			}
		}
		for (DriftFinding open : this.findings.open()) {
			if (!holding.contains(open.getDriftId())) {
				writes.add(DriftFinding.newBuilder(open)
					.setStatus(DriftStatus.RESOLVED)
					.setResolvedAt(now)
					.setResolution((open.getCorrectionEventId() != null)
							? "corrected by " + open.getCorrectionEventId() + "; no longer found by the drift check"
							: "no longer found by the drift check")
					.build());
				counts[2]++;
			}
		}
		if (!writes.isEmpty()) {
			this.outbox.atomically(() -> {
				writes.forEach((w) -> this.outbox.send(this.settings.topic(), w.getDriftId(), w));
				corrections.forEach(Runnable::run);
			});
			writes.forEach(this.findings::apply);
		}
		this.metrics.checked(added, corrected, counts[2]);
		return new Report(found.size(), counts[0], counts[1], counts[2], counts[3], account.calls());
	}

	private Optional<String> zoomUserOf(String employeeId) {
		return this.ledger.latestOutcome(employeeId).map(ProvisioningOutcome::getZoomUserId);
	}

	private static boolean sameFinding(DriftFinding held, Found f) {
		return held.getKind() == f.kind() && held.getSummary().equals(f.summary())
				&& held.getDifferences().equals(f.differences()) && held.getNumbersHeld() == f.numbersHeld()
				&& held.getCallingPlansHeld() == f.callingPlansHeld();
	}

	private static DriftFinding record(Found f, DriftFinding before, Instant now) {
		return DriftFinding.newBuilder()
			.setDriftId(f.driftId())
			.setKind(f.kind())
			.setStatus((before != null) ? before.getStatus() : DriftStatus.OPEN)
			.setEmployeeId(f.employeeId())
			.setEmail(f.email())
			.setEmailDomain(f.domain())
			.setZoomUserId(f.zoomUserId())
			.setZoomStatus(f.zoomStatus())
			.setSummary(f.summary())
			.setDifferences(f.differences())
			.setNumbersHeld(f.numbersHeld())
			.setCallingPlansHeld(f.callingPlansHeld())
			.setFirstFoundAt((before != null) ? before.getFirstFoundAt() : now)
			.setLastFoundAt(now)
			.setCorrectionEventId((before != null) ? before.getCorrectionEventId() : null)
			.build();
	}

}

package dev.dialtone.auditor.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.dialtone.auditor.classify.DomainStatuses;
import dev.dialtone.auditor.recheck.PendingRecheck;
import dev.dialtone.auditor.remediate.ActionCap;
import dev.dialtone.auditor.remediate.OperatorRedrive;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.PendingAnomaly;

/**
 * "Re-drive all 30 on acquired.example", "re-check all": one operator action over a group
 * of open anomalies, each person handled as the single buttons would (the re-drive
 * audited under the operator's name). A bulk re-drive respects the remediation guards: it
 * leaves alone a person the automation is holding or waiting for (REMEDIATING: a held
 * domain, a consolidation under way, a re-drive in flight), skips a hire whose domain the
 * auditor last saw unverified (a re-drive would only pend again), and stops at the
 * per-cause cap ({@code remediation.destructive-cap} per {@code destructive-cap-window}),
 * the rest left for people.
 */
class BulkActions {

	private final AnomalyLedger ledger;

	private final PendingRecheck recheck;

	private final OperatorRedrive redrive;

	private final DomainStatuses domains;

	private final ActionCap cap;

	private final Clock clock;

	/**
	 * What a bulk action did, person by person.
	 *
	 * @param action recheck or redrive
	 * @param matched open anomalies in the group
	 * @param acted people acted on
	 * @param held left alone by the guards (automation holding them, domain unverified)
	 * @param capped refused by the per-cause cap
	 * @param results one line per person
	 */
	record Result(String action, int matched, int acted, int held, int capped, List<String> results) {
	}

	BulkActions(AnomalyLedger ledger, PendingRecheck recheck, OperatorRedrive redrive, DomainStatuses domains,
			ActionCap cap, Clock clock) {
		this.ledger = ledger;
		this.recheck = recheck;
		this.redrive = redrive;
		this.domains = domains;
		this.cap = cap;
		this.clock = clock;
	}

	Result recheck(AnomalyGroup group, String operator) {
		List<PendingAnomaly> members = members(group);
		List<String> results = new ArrayList<>();
		for (PendingAnomaly anomaly : members) {
			results
				.add(anomaly.getEmployeeId() + ": " + this.recheck.checkNow(anomaly, "bulk re-check by " + operator));
		}
		return new Result("recheck", members.size(), members.size(), 0, 0, results);
	}

	Result redrive(AnomalyGroup group, String operator) {
		List<PendingAnomaly> members = members(group);
		List<String> results = new ArrayList<>();
		int acted = 0;
		int held = 0;
		int capped = 0;
		for (PendingAnomaly anomaly : members) {
			String who = anomaly.getEmployeeId();
			if (anomaly.getStatus() == AnomalyStatus.REMEDIATING) {
				results.add(who + ": left alone, the automation holds it (" + anomaly.getCause() + ")");
				held++;
			}
			else if (unverified(anomaly.getEmailDomain())) {
				results.add(who + ": left alone, " + anomaly.getEmailDomain()
						+ " was last seen unverified; a re-drive would pend again");
				held++;
			}
			else if (!this.cap.tryAcquire(anomaly.getCause(), this.clock.instant())) {
				results.add(who + ": not re-driven, at most " + this.cap.cap() + " " + anomaly.getCause()
						+ " re-drives per " + this.cap.window());
				capped++;
			}
			else {
				String outcome = this.redrive.redrive(who, operator)
					.map((id) -> "REDRIVE " + id)
					.orElse("no open anomaly any more");
				results.add(who + ": " + outcome);
				acted++;
			}
		}
		return new Result("redrive", members.size(), acted, held, capped, results);
	}

	private List<PendingAnomaly> members(AnomalyGroup group) {
		return this.ledger.open().stream().filter(group::matches).toList();
	}

	private boolean unverified(String domain) {
		return domain != null && this.domains.of(domain).map((known) -> !known.verified()).orElse(false);
	}

}

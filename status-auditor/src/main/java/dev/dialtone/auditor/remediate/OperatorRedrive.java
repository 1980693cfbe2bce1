package dev.dialtone.auditor.remediate;

import java.util.Optional;

import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.PendingAnomaly;

/**
 * A helpdesk's "re-drive" button: REDRIVE command, anomaly marked remediating, audit
 * record naming the operator.
 */
public class OperatorRedrive {

	private final AnomalyLedger ledger;

	private final Outbox outbox;

	private final Redrive redrive;

	OperatorRedrive(AnomalyLedger ledger, Outbox outbox, Redrive redrive) {
		this.ledger = ledger;
		this.outbox = outbox;
		this.redrive = redrive;
	}

	/**
	 * @return the REDRIVE event id, or empty when the person has no open anomaly
	 */
	public Optional<String> redrive(String employeeId, String operator) {
		synchronized (this.ledger.lockFor(employeeId)) {
			Optional<PendingAnomaly> open = this.ledger.openAnomaly(employeeId);
			if (open.isEmpty()) {
				return Optional.empty();
			}
			String[] eventId = new String[1];
			this.outbox.atomically(() -> eventId[0] = this.redrive.send(open.get(), "re-drive requested by " + operator,
					AnomalyStatus.REMEDIATING, operator, (id) -> "REDRIVE " + id + " from the web page"));
			return Optional.of(eventId[0]);
		}
	}

}

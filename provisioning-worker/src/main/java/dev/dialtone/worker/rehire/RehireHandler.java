package dev.dialtone.worker.rehire;

import java.util.Set;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.worker.account.Provisioner;
import dev.dialtone.worker.intake.EventHandler;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.worker.terminate.Deferrals;

/**
 * Rehire: a pending future-dated termination is cancelled, then the person is provisioned
 * like a hire — ssoCreate recreates a disassociated user, 1005 adopts a deactivated one
 * which is then reactivated, then the phone steps.
 */
final class RehireHandler implements EventHandler {

	private final Provisioner hire;

	private final Deferrals deferrals;

	RehireHandler(Provisioner hire, Deferrals deferrals) {
		this.hire = hire;
		this.deferrals = deferrals;
	}

	@Override
	public Set<EventType> types() {
		return Set.of(EventType.REHIRE);
	}

	@Override
	public Conclusion handle(IdentityEvent event, Steps steps) {
		if (!steps.dryRun()) {
			this.deferrals.cancel(event.getPerson().getEmployeeId());
		}
		return this.hire.provisionChecked(event.getPerson(), steps);
	}

}

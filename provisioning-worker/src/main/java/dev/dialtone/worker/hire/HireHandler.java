package dev.dialtone.worker.hire;

import java.util.Set;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.worker.account.Provisioner;
import dev.dialtone.worker.intake.EventHandler;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.step.Steps;

/**
 * Joiner: the hire path ({@link Provisioner}), after checking that the Zoom user recorded
 * for the employee (a repeated HIRE) still has the person's email.
 */
final class HireHandler implements EventHandler {

	private final Provisioner provisioner;

	HireHandler(Provisioner provisioner) {
		this.provisioner = provisioner;
	}

	@Override
	public Set<EventType> types() {
		return Set.of(EventType.HIRE);
	}

	@Override
	public Conclusion handle(IdentityEvent event, Steps steps) {
		return this.provisioner.provisionChecked(event.getPerson(), steps);
	}

}

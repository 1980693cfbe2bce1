package dev.dialtone.worker.resume;

import java.util.Set;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.worker.account.KnownUser;
import dev.dialtone.worker.account.Provisioner;
import dev.dialtone.worker.intake.EventHandler;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.step.Steps;

/**
 * RESUME (from the auditor): the pending user became active, so finish the profile and
 * phone steps. A user still pending yields another PENDING outcome with fresh evidence; a
 * user that vanished is provisioned like a hire.
 */
final class ResumeHandler implements EventHandler {

	private final KnownUser known;

	private final Provisioner hire;

	ResumeHandler(KnownUser known, Provisioner hire) {
		this.known = known;
		this.hire = hire;
	}

	@Override
	public Set<EventType> types() {
		return Set.of(EventType.RESUME);
	}

	@Override
	public Conclusion handle(IdentityEvent event, Steps steps) {
		// not pending: activate if inactive, then converge, as after a hire's read-back
		return this.known.handle(event.getPerson(), steps,
				(user) -> this.hire.continueWith(user, event.getPerson(), null, steps));
	}

}

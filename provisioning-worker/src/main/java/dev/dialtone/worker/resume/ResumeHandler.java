package dev.dialtone.worker.resume;

import java.util.Optional;
import java.util.Set;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.worker.hire.HireHandler;
import dev.dialtone.worker.hire.Preflight;
import dev.dialtone.worker.hire.UserLookup;
import dev.dialtone.worker.intake.EventHandler;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * RESUME (from the auditor): the pending user became active, so finish the profile and phone steps. A user still
 * pending yields another PENDING outcome with fresh evidence; a user that vanished is provisioned like a hire.
 */
public final class ResumeHandler implements EventHandler {

	private final UserLookup users;

	private final HireHandler hire;

	private final Preflight preflight;

	public ResumeHandler(UserLookup users, HireHandler hire, Preflight preflight) {
		this.users = users;
		this.hire = hire;
		this.preflight = preflight;
	}

	@Override
	public Set<EventType> types() {
		return Set.of(EventType.RESUME);
	}

	@Override
	public Conclusion handle(IdentityEvent event, Steps steps) {
		Optional<ZoomUser> found = this.users.find(event.getPerson(), steps);
		if (found.isEmpty()) {
			return this.hire.provision(event.getPerson(), steps);
		}
		ZoomUser user = found.get();
		return this.hire.continueWith(user, event.getPerson(),
				user.isPending() ? this.preflight.gather(user.email(), false, steps) : null, steps);
	}

}

package dev.dialtone.worker.update;

import java.util.Optional;
import java.util.Set;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.worker.hire.ActiveUserConverger;
import dev.dialtone.worker.hire.HireHandler;
import dev.dialtone.worker.hire.Preflight;
import dev.dialtone.worker.hire.UserLookup;
import dev.dialtone.worker.intake.EventHandler;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.users.UserStatus;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * Mover: compares the desired person with Zoom and changes only what differs (names, department, job title, site,
 * extension, calling plan, number). A person Zoom does not know yet is provisioned like a hire; an inactive
 * (terminated) user is left alone, since only a rehire brings a leaver back.
 */
public final class UpdateHandler implements EventHandler {

	private final UserLookup users;

	private final HireHandler hire;

	private final Preflight preflight;

	private final ActiveUserConverger converger;

	public UpdateHandler(UserLookup users, HireHandler hire, Preflight preflight, ActiveUserConverger converger) {
		this.users = users;
		this.hire = hire;
		this.preflight = preflight;
		this.converger = converger;
	}

	@Override
	public Set<EventType> types() {
		return Set.of(EventType.UPDATE);
	}

	@Override
	public Conclusion handle(IdentityEvent event, Steps steps) {
		Optional<ZoomUser> found = this.users.find(event.getPerson(), steps);
		if (found.isEmpty()) {
			return this.hire.provision(event.getPerson(), steps);
		}
		ZoomUser user = found.get();
		if (user.isPending()) {
			return Conclusion.pending(user, this.preflight.gather(user.email(), false, steps));
		}
		if (user.status() != UserStatus.ACTIVE) {
			return Conclusion.of(FinalState.SKIPPED, user).withReason("user is " + user.status().wireValue()
					+ "; an update does not reactivate a leaver (send REHIRE)");
		}
		return this.converger.converge(user, event.getPerson(), steps);
	}

}

package dev.dialtone.worker.update;

import java.util.Set;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.worker.hire.ActiveUserConverger;
import dev.dialtone.worker.hire.KnownUser;
import dev.dialtone.worker.intake.EventHandler;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.users.UserStatus;

/**
 * Mover: compares the desired person with Zoom and changes only what differs (names, department, job title, site,
 * extension, calling plan, number). A person Zoom does not know yet is provisioned like a hire; an inactive
 * (terminated) user is left alone, since only a rehire brings a leaver back.
 */
public final class UpdateHandler implements EventHandler {

	private final KnownUser known;

	private final ActiveUserConverger converger;

	public UpdateHandler(KnownUser known, ActiveUserConverger converger) {
		this.known = known;
		this.converger = converger;
	}

	@Override
	public Set<EventType> types() {
		return Set.of(EventType.UPDATE);
	}

	@Override
	public Conclusion handle(IdentityEvent event, Steps steps) {
		return this.known.handle(event.getPerson(), steps, (user) -> {
			if (user.status() != UserStatus.ACTIVE) {
				return Conclusion.of(FinalState.SKIPPED, user).withReason("user is " + user.status().wireValue()
						+ "; an update does not reactivate a leaver (send REHIRE)");
			}
			return this.converger.converge(user, event.getPerson(), steps);
		});
	}

}

package dev.dialtone.worker.update;

import java.util.Set;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.worker.account.ActiveUserConverger;
import dev.dialtone.worker.account.KnownUser;
import dev.dialtone.worker.account.PhoneIntent;
import dev.dialtone.worker.intake.EventHandler;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.phone.PhoneLineRemover;
import dev.dialtone.worker.step.StepFailedException;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.users.UserStatus;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * Mover: compares the desired person with Zoom and changes only what differs (names,
 * department, job title, site, extension, calling plan, number). {@code phoneChange} KEEP
 * leaves the line as it is; a person without a phone (REMOVE, or REPLACE without one)
 * loses an existing line (numbers, calling plans, then the {@code zoom_phone} feature). A
 * person Zoom does not know yet is provisioned like a hire; an inactive (terminated) user
 * is left alone, since only a rehire brings a leaver back.
 */
final class UpdateHandler implements EventHandler {

	private final KnownUser known;

	private final ActiveUserConverger converger;

	private final PhoneLineRemover lines;

	UpdateHandler(KnownUser known, ActiveUserConverger converger, PhoneLineRemover lines) {
		this.known = known;
		this.converger = converger;
		this.lines = lines;
	}

	@Override
	public Set<EventType> types() {
		return Set.of(EventType.UPDATE);
	}

	@Override
	public Conclusion handle(IdentityEvent event, Steps steps) {
		return this.known.handle(event.getPerson(), steps, (user) -> {
			if (user.status() != UserStatus.ACTIVE) {
				return Conclusion.of(FinalState.SKIPPED, user)
					.withReason("user is " + user.status().wireValue()
							+ "; an update does not reactivate a leaver (send REHIRE)");
			}
			if (PhoneIntent.of(event.getPerson()) == PhoneIntent.NONE) {
				Conclusion incomplete = removeLine(user, steps);
				if (incomplete != null) {
					return incomplete;
				}
			}
			return this.converger.converge(user, event.getPerson(), steps);
		});
	}

	/**
	 * @return null when the line is gone (or there was none), otherwise why it is not
	 */
	private Conclusion removeLine(ZoomUser user, Steps steps) {
		try {
			this.lines.remove(user.id(), steps);
			return null;
		}
		catch (StepFailedException ex) {
			return Conclusion.of(FinalState.ACTIVE_PHONE_INCOMPLETE, user)
				.withReason("removing the Zoom Phone line failed: " + ex.getMessage());
		}
	}

}

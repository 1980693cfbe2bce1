package dev.dialtone.worker.account;

import java.util.Optional;
import java.util.function.Function;

import dev.dialtone.contracts.Person;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * The start shared by events about someone who should already be in Zoom (update,
 * resume): look the user up; one Zoom does not know is provisioned like a hire, a pending
 * one yields a PENDING outcome with fresh evidence, and only an active or inactive user
 * reaches the event's own logic.
 */
public final class KnownUser {

	private final UserLookup users;

	private final Provisioner hire;

	private final Preflight preflight;

	KnownUser(UserLookup users, Provisioner hire, Preflight preflight) {
		this.users = users;
		this.hire = hire;
		this.preflight = preflight;
	}

	/**
	 * @param person desired state
	 * @param steps the event's steps
	 * @param settled what the event does with a user that is not pending
	 * @return how the event ended
	 */
	public Conclusion handle(Person person, Steps steps, Function<ZoomUser, Conclusion> settled) {
		Optional<ZoomUser> found = this.users.find(person, steps);
		if (found.isEmpty()) {
			return this.hire.provision(person, steps);
		}
		ZoomUser user = found.get();
		if (user.isPending()) {
			return Conclusion.pending(user, this.preflight.gatherForPending(user.email(), steps));
		}
		return settled.apply(user);
	}

}

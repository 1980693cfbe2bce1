package dev.dialtone.worker.redrive;

import java.util.Optional;
import java.util.Set;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.worker.account.Provisioner;
import dev.dialtone.worker.account.UserLookup;
import dev.dialtone.worker.intake.EventHandler;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.users.DeleteAction;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * REDRIVE (from the auditor, after the cause of a pending user was fixed): remove the
 * pending user (disassociate is how Zoom removes pending users) and run ssoCreate again,
 * continuing like a hire. An already active user is simply converged, so a repeated
 * REDRIVE does not delete a good user.
 */
final class RedriveHandler implements EventHandler {

	private final ZoomClient zoom;

	private final UserLookup users;

	private final Provisioner hire;

	RedriveHandler(ZoomClient zoom, UserLookup users, Provisioner hire) {
		this.zoom = zoom;
		this.users = users;
		this.hire = hire;
	}

	@Override
	public Set<EventType> types() {
		return Set.of(EventType.REDRIVE);
	}

	@Override
	public Conclusion handle(IdentityEvent event, Steps steps) {
		Optional<ZoomUser> found = this.users.find(event.getPerson(), steps);
		if (found.isPresent() && found.get().isPending()) {
			String id = found.get().id();
			steps.write("delete-pending", "DELETE /users/{id}?action=disassociate", (failure) -> failure.isNotFound(),
					() -> this.zoom.users().delete(id, DeleteAction.DISASSOCIATE));
		}
		return this.hire.provision(event.getPerson(), steps);
	}

}

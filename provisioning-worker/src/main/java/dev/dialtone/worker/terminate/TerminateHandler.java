package dev.dialtone.worker.terminate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.Person;
import dev.dialtone.worker.account.UserLookup;
import dev.dialtone.worker.config.WorkerProperties.TerminationMode;
import dev.dialtone.worker.intake.EventHandler;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.phone.PhoneLineRemover;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.users.DeleteAction;
import dev.dialtone.zoom.client.users.StatusAction;
import dev.dialtone.zoom.client.users.UserStatus;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * Leaver: numbers and calling plans go back first (so they return to the pool even if
 * deactivation fails), then the user is deactivated or disassociated as configured, and
 * the outcome is DEPROVISIONED with the Zoom status it left (inactive or disassociated).
 * A future effective date defers the event to the {@link Deferrals}, which re-emits it on
 * the day; until then the outcome is SKIPPED, as is a termination of someone Zoom does
 * not know. The employee's recorded Zoom user is deprovisioned even when HR changed the
 * work email since (the difference is noted in a step).
 */
final class TerminateHandler implements EventHandler {

	private final ZoomClient zoom;

	private final UserLookup users;

	private final PhoneLineRemover stripper;

	private final Deferrals deferrals;

	private final TerminationMode mode;

	private final Clock clock;

	TerminateHandler(ZoomClient zoom, UserLookup users, PhoneLineRemover stripper, Deferrals deferrals,
			TerminationMode mode, Clock clock) {
		this.zoom = zoom;
		this.users = users;
		this.stripper = stripper;
		this.deferrals = deferrals;
		this.mode = mode;
		this.clock = clock;
	}

	@Override
	public Set<EventType> types() {
		return Set.of(EventType.TERMINATE);
	}

	@Override
	public Conclusion handle(IdentityEvent event, Steps steps) {
		Person person = event.getPerson();
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		if (person.getEffectiveDate() != null && person.getEffectiveDate().isAfter(today)) {
			if (!steps.dryRun()) {
				this.deferrals.defer(event);
			}
			steps.planned("terminate", "deferred until " + person.getEffectiveDate());
			return Conclusion.skipped("termination deferred until " + person.getEffectiveDate());
		}
		Optional<ZoomUser> found = this.users.findEvenIfEmailChanged(person, steps);
		if (!steps.dryRun()) {
			this.deferrals.cancel(person.getEmployeeId());
		}
		if (found.isEmpty()) {
			return Conclusion.skipped("no Zoom user for " + person.getEmployeeId() + "; nothing to terminate");
		}
		ZoomUser user = found.get();
		Conclusion done = deprovision(user, steps);
		if (!person.getWorkEmail().equalsIgnoreCase(user.email())) {
			// not a failure: the recorded user is this employee's account, whatever HR
			// now calls them
			steps.skipped("email-differs",
					"Zoom email " + user.email() + " differs from HR email " + person.getWorkEmail() + "; "
							+ (steps.dryRun() ? "would deprovision" : "deprovisioned") + " the recorded user "
							+ user.id());
		}
		return done;
	}

	private Conclusion deprovision(ZoomUser user, Steps steps) {
		if (!user.isPending()) {
			this.stripper.strip(user.id(), steps);
		}
		// pending users cannot be deactivated in a meaningful way; disassociate is how
		// Zoom removes them
		if (this.mode == TerminationMode.DISASSOCIATE || user.isPending()) {
			steps.write("disassociate", "DELETE /users/{id}?action=disassociate", (failure) -> failure.isNotFound(),
					() -> this.zoom.users().delete(user.id(), DeleteAction.DISASSOCIATE));
			return deprovisioned(user, "disassociated");
		}
		if (user.status() == UserStatus.INACTIVE) {
			steps.skipped("deactivate", "already inactive");
		}
		else {
			steps.write("deactivate", "PUT /users/{id}/status deactivate",
					() -> this.zoom.users().updateStatus(user.id(), StatusAction.DEACTIVATE));
		}
		return deprovisioned(user, UserStatus.INACTIVE.wireValue());
	}

	private static Conclusion deprovisioned(ZoomUser user, String zoomStatus) {
		return new Conclusion(FinalState.DEPROVISIONED, user.id(), zoomStatus, user.loginTypes(), null, null);
	}

}

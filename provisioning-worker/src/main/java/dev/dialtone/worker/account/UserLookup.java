package dev.dialtone.worker.account;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.Person;
import dev.dialtone.worker.ledger.EmailOwners;
import dev.dialtone.worker.ledger.KnownZoomUsers;
import dev.dialtone.worker.outcome.ConcludedException;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.step.StepFailedException;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomResponse;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * Finds the person's Zoom user: by the Zoom user id the worker last recorded for the
 * employee (the applied ledger) when it has one, otherwise by work email (Zoom accepts
 * the email wherever a user id is expected). Reading by id costs the same one call and
 * notices a changed work email, which a lookup by email would miss and then answer by
 * creating a second user.
 */
public final class UserLookup {

	private final ZoomClient zoom;

	private final KnownZoomUsers known;

	private final Ownership ownership;

	private final EmailOwners owners;

	UserLookup(ZoomClient zoom, KnownZoomUsers known, Ownership ownership, EmailOwners owners) {
		this.owners = owners;
		this.zoom = zoom;
		this.known = known;
		this.ownership = ownership;
	}

	/**
	 * @return the user, empty when Zoom knows neither the recorded id nor the email
	 * @throws ConcludedException (FAILED) when the recorded user has another email than
	 * the event's, or the user is recorded for another employee
	 */
	public Optional<ZoomUser> find(Person person, Steps steps) {
		Optional<ZoomUser> recorded = findRecorded(person, steps);
		if (recorded.isPresent()) {
			return recorded;
		}
		return readByEmail(person, steps);
	}

	/**
	 * @return the user last recorded for the employee, when there is one and Zoom still
	 * has it
	 * @throws ConcludedException (FAILED) when that user has another email than the
	 * event's
	 */
	public Optional<ZoomUser> findRecorded(Person person, Steps steps) {
		Optional<ZoomUser> user = readRecorded(person, steps);
		if (user.isPresent() && !person.getWorkEmail().equalsIgnoreCase(user.get().email())) {
			return Optional.of(changeEmail(user.get(), person, steps));
		}
		return user;
	}

	/**
	 * A mover's new work email: applied with {@code PUT /users/{id}/email} once neither
	 * another employee (the email index) nor another Zoom user holds it; the outcome's
	 * facts name the old and the new email.
	 * @return the user as Zoom now has it (unchanged in a dry run)
	 * @throws ConcludedException FAILED {@code EMAIL_CONFLICT} when someone else holds
	 * the email, FAILED {@code EMAIL_CHANGE} when Zoom refuses the change
	 */
	private ZoomUser changeEmail(ZoomUser user, Person person, Steps steps) {
		String newEmail = person.getWorkEmail().trim();
		String oldEmail = String.valueOf(user.email());
		Optional<EmailOwners.Owner> owner = this.owners.ofEmail(newEmail)
			.filter((o) -> !o.employeeId().equals(person.getEmployeeId()));
		if (owner.isPresent()) {
			throw new ConcludedException(emailTaken(user, person, "employee " + owner.get().employeeId(),
					Map.of("conflictingEmployeeId", owner.get().employeeId())));
		}
		Optional<ZoomUser> holder = steps.find("check-new-email", "GET /users/{newEmail}", ZoomApiException::isNotFound,
				() -> this.zoom.users().get(newEmail));
		if (holder.isPresent() && !user.id().equals(holder.get().id())) {
			throw new ConcludedException(emailTaken(user, person, "Zoom user " + holder.get().id(),
					Map.of("conflictingZoomUserId", String.valueOf(holder.get().id()))));
		}
		steps.fact("previousEmail", oldEmail);
		steps.fact("newEmail", newEmail);
		try {
			Optional<ZoomResponse<Void>> changed = steps.write("change-email",
					"PUT /users/" + user.id() + "/email " + oldEmail + " -> " + newEmail,
					() -> this.zoom.users().changeEmail(user.id(), newEmail));
			if (changed.isEmpty()) {
				return user;
			}
		}
		catch (StepFailedException ex) {
			throw new ConcludedException(emailRefused(user, person, ex.zoomFailure()));
		}
		return steps.read("read-user", "GET /users/{id} (after the email change)",
				() -> this.zoom.users().get(user.id()));
	}

	/**
	 * Like {@link #find}, but the recorded user is returned even when its email differs
	 * from the event's: a leaver must lose access whatever HR has done to the email, so
	 * TERMINATE deprovisions the user it recorded.
	 * @return the recorded user, else the user with the event's email, empty when Zoom
	 * knows neither
	 */
	public Optional<ZoomUser> findEvenIfEmailChanged(Person person, Steps steps) {
		Optional<ZoomUser> recorded = readRecorded(person, steps);
		if (recorded.isPresent()) {
			return recorded;
		}
		return readByEmail(person, steps);
	}

	private Optional<ZoomUser> readByEmail(Person person, Steps steps) {
		String email = person.getWorkEmail().toLowerCase(Locale.ROOT);
		Optional<ZoomUser> user = steps.find("read-user", "GET /users/{email}", ZoomApiException::isNotFound,
				() -> this.zoom.users().get(email));
		user.ifPresent((found) -> this.ownership.require(person, found, false));
		return user;
	}

	private Optional<ZoomUser> readRecorded(Person person, Steps steps) {
		Optional<String> id = this.known.zoomUserId(person.getEmployeeId());
		if (id.isEmpty()) {
			return Optional.empty();
		}
		Optional<ZoomUser> user = steps.find("read-user", "GET /users/{id} (last recorded user)",
				ZoomApiException::isNotFound, () -> this.zoom.users().get(id.get()));
		user.ifPresent((found) -> this.ownership.require(person, found, true));
		return user;
	}

	private static Conclusion emailTaken(ZoomUser user, Person person, String holder, Map<String, String> more) {
		String reason = "email conflict: employee " + person.getEmployeeId() + " (Zoom user " + user.id() + ", "
				+ user.email() + ") moves to work email " + person.getWorkEmail() + ", which " + holder
				+ " already holds. Nothing was changed in Zoom. To fix: in HR, give employee " + person.getEmployeeId()
				+ " a work email of their own (or free " + person.getWorkEmail() + "); then re-send this event.";
		return new Conclusion(FinalState.FAILED, user.id(), user.status().wireValue(), user.loginTypes(), reason, null)
			.withCause(FailureCause.EMAIL_CONFLICT)
			.withFacts(emailFacts(user, person))
			.withFacts(more);
	}

	/**
	 * Zoom refused the change (an unmanaged domain 1116, a pending user 1000, an email a
	 * personal account holds 1005): an operator acts, Dialtone never creates a second
	 * user.
	 */
	private static Conclusion emailRefused(ZoomUser user, Person person, ZoomApiException failure) {
		String reason = "work email change refused by Zoom: employee " + person.getEmployeeId() + " is Zoom user "
				+ user.id() + " with email " + user.email() + "; PUT /users/" + user.id() + "/email to "
				+ person.getWorkEmail() + " answered HTTP " + failure.status() + " code "
				+ failure.zoomCode().map(String::valueOf).orElse("none") + ": " + failure.zoomMessage()
				+ ". To fix: the new email's domain must be a verified managed domain of the account and no other"
				+ " Zoom account may hold it (a personal account must change its email first); then re-send this"
				+ " event.";
		return new Conclusion(FinalState.FAILED, user.id(), user.status().wireValue(), user.loginTypes(), reason, null)
			.withCause(FailureCause.EMAIL_CHANGE)
			.withFacts(emailFacts(user, person));
	}

	private static Map<String, String> emailFacts(ZoomUser user, Person person) {
		return Map.of("zoomUserId", user.id(), "zoomEmail", String.valueOf(user.email()), "previousEmail",
				String.valueOf(user.email()), "newEmail", person.getWorkEmail());
	}

}

package dev.dialtone.worker.account;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.Person;
import dev.dialtone.worker.ledger.KnownZoomUsers;
import dev.dialtone.worker.outcome.ConcludedException;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
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

	UserLookup(ZoomClient zoom, KnownZoomUsers known, Ownership ownership) {
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
			throw new ConcludedException(emailChanged(user.get(), person));
		}
		return user;
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

	/**
	 * Dialtone's Zoom client (and the simulator) have no {@code PUT /users/{id}/email},
	 * so the change is reported for an operator instead of being applied, and never
	 * answered with a second user.
	 */
	private static Conclusion emailChanged(ZoomUser user, Person person) {
		String reason = "work email changed: employee " + person.getEmployeeId() + " is Zoom user " + user.id()
				+ " with email " + user.email() + ", the event says " + person.getWorkEmail()
				+ ". Dialtone does not change Zoom emails and will not create a second user. To fix: in the Zoom web"
				+ " portal (User Management > Users > " + user.email() + " > Edit) change the email to "
				+ person.getWorkEmail() + " (the domain must be a verified managed domain of the account), or call"
				+ " PUT /users/" + user.id() + "/email; then re-send this event.";
		return new Conclusion(FinalState.FAILED, user.id(), user.status().wireValue(), user.loginTypes(), reason, null)
			.withCause(FailureCause.EMAIL_CHANGE)
			.withFacts(Map.of("zoomUserId", user.id(), "zoomEmail", String.valueOf(user.email())));
	}

}

package dev.dialtone.worker.account;

import java.util.Map;
import java.util.Optional;

import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.Person;
import dev.dialtone.worker.ledger.EmailOwners;
import dev.dialtone.worker.ledger.KnownZoomUsers;
import dev.dialtone.worker.outcome.ConcludedException;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * The rule that every automated action lands on the right person: a Zoom user Dialtone
 * records (email index) for another employee is never adopted, changed or deprovisioned
 * for this one. A user nobody owns may be adopted (a migration); the outcome names it.
 */
final class Ownership {

	private final EmailOwners owners;

	private final KnownZoomUsers known;

	Ownership(EmailOwners owners, KnownZoomUsers known) {
		this.owners = owners;
		this.known = known;
	}

	/**
	 * @param user the Zoom user the event would act on
	 * @param recorded whether the user was reached through the id recorded for the
	 * employee (then another owner means the record is wrong, not the email)
	 * @throws ConcludedException (FAILED, EMAIL_CONFLICT or ZOOM_USER_MISMATCH) when the
	 * user or its email is recorded for another employee
	 */
	void require(Person person, ZoomUser user, boolean recorded) {
		if (user.id() == null) {
			return;
		}
		String employee = person.getEmployeeId();
		Optional<String> holder = this.owners.ofZoomUser(user.id());
		if (holder.isEmpty()) {
			holder = this.owners.ofEmail(user.email()).map(EmailOwners.Owner::employeeId);
		}
		if (holder.isPresent() && !holder.get().equals(employee)) {
			throw new ConcludedException(
					recorded ? mismatch(person, user, holder.get()) : conflict(person, user, holder.get()));
		}
	}

	/**
	 * @return whether the user is already this employee's (recorded in the ledger or the
	 * email index), i.e. reaching it by 1005 is not an adoption
	 */
	boolean owns(String employeeId, String zoomUserId) {
		return zoomUserId != null && (this.known.zoomUserId(employeeId).filter(zoomUserId::equals).isPresent()
				|| this.owners.ofZoomUser(zoomUserId).filter(employeeId::equals).isPresent());
	}

	private static Conclusion conflict(Person person, ZoomUser user, String other) {
		String reason = "email conflict: work email " + person.getWorkEmail() + " of employee " + person.getEmployeeId()
				+ " is Zoom user " + user.id() + " (" + user.email() + "), which Dialtone records for employee " + other
				+ ". Nothing was changed in Zoom. To fix: in HR," + " give employee " + person.getEmployeeId()
				+ " a work email of their own (or, if " + other + " and " + person.getEmployeeId()
				+ " are the same person, keep one employee record); then re-send this event.";
		return Conclusion.failed(FailureCause.EMAIL_CONFLICT, reason).withFacts(facts(person, user, other));
	}

	private static Conclusion mismatch(Person person, ZoomUser user, String other) {
		String reason = "Zoom user mismatch: the Zoom user " + user.id() + " (" + user.email()
				+ ") recorded for employee " + person.getEmployeeId() + " is recorded for employee " + other
				+ " in the email index. Nothing was changed in Zoom. To fix: check in HR which employee owns "
				+ user.email() + " and correct the other record's work email; then re-send this event.";
		return Conclusion.failed(FailureCause.ZOOM_USER_MISMATCH, reason).withFacts(facts(person, user, other));
	}

	private static Map<String, String> facts(Person person, ZoomUser user, String other) {
		return Map.of("employeeId", person.getEmployeeId(), "conflictingEmployeeId", other, "zoomUserId", user.id(),
				"zoomEmail", String.valueOf(user.email()));
	}

}

package dev.dialtone.worker.phone;

import java.util.List;

import dev.dialtone.contracts.NumberAssignment;
import dev.dialtone.contracts.PhoneSetup;
import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.worker.step.StepFailedException;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.phone.PhoneNumberRef;
import dev.dialtone.zoom.client.phone.PhoneUser;

/**
 * Converges the user's direct number: NONE removes numbers, SPECIFIC assigns that number,
 * ALLOCATE keeps a number the user already holds or takes one from the site's unassigned
 * pool. Numbers that are replaced go back to the pool, and only after the new one is
 * assigned, so the person is never left without a line.
 */
final class NumberStep {

	private static final int MAX_CANDIDATES = 20;

	private final ZoomClient zoom;

	private final LineAllocator allocator;

	private final LineHolders holders;

	NumberStep(ZoomClient zoom, LineAllocator allocator, LineHolders holders) {
		this.zoom = zoom;
		this.allocator = allocator;
		this.holders = holders;
	}

	void converge(String userId, String employeeId, PhoneUser current, PhoneSetup setup, WorkerProperties.Site site,
			Steps steps) {
		NumberAssignment mode = (setup.getNumberAssignment() != null) ? setup.getNumberAssignment()
				: NumberAssignment.NONE;
		String keep = null;
		if (mode == NumberAssignment.SPECIFIC && setup.getPhoneNumber() != null) {
			keep = setup.getPhoneNumber();
			if (current.hasNumber(keep)) {
				steps.skipped("assign-number", "already " + keep);
			}
			else {
				assignSpecific(userId, keep, site, steps);
			}
		}
		else if (mode == NumberAssignment.ALLOCATE) {
			if (!current.phoneNumbers().isEmpty()) {
				keep = current.phoneNumbers().get(0).number();
				steps.skipped("assign-number", "keeps " + keep);
			}
			else {
				allocate(userId, employeeId, site, steps);
			}
		}
		for (PhoneNumberRef held : current.phoneNumbers()) {
			if (keep == null || !keep.equals(held.number())) {
				String id = (held.id() != null) ? held.id() : held.number();
				steps.write("remove-number", "DELETE /phone/users/{id}/phone_numbers/" + held.number(),
						ZoomFailures::gone, () -> this.zoom.phone().removePhoneNumber(userId, id));
			}
		}
	}

	private void assignSpecific(String userId, String number, WorkerProperties.Site site, Steps steps) {
		try {
			steps.write("assign-number", "POST /phone/users/{id}/phone_numbers " + number,
					() -> this.zoom.phone().assignPhoneNumbers(userId, List.of(PhoneNumberRef.ofNumber(number))));
		}
		catch (StepFailedException ex) {
			if (!ZoomFailures.taken(ex.zoomFailure())) {
				throw ex;
			}
			String holder = this.holders.ofNumber(number, site, steps).orElse("someone else");
			steps.fact("phoneNumber", number);
			steps.fact("phoneNumberHolder", holder);
			throw new LineHolders.LineConflictException("number " + number + " is held by " + holder + " ("
					+ ex.getMessage() + "). To fix: give this person another number in HR (or ALLOCATE), or remove "
					+ number + " from its holder; then re-send this event.");
		}
	}

	private void allocate(String userId, String employeeId, WorkerProperties.Site site, Steps steps) {
		for (int attempt = 0; attempt < MAX_CANDIDATES; attempt++) {
			LineAllocator.Reservation candidate = this.allocator.reserveNumber(employeeId, site, steps);
			if (steps.dryRun()) {
				steps.planned("assign-number", "POST /phone/users/{id}/phone_numbers " + candidate.value());
				this.allocator.release(candidate);
				return;
			}
			boolean assigned;
			try {
				// "taken" now means a change made outside Dialtone: try the next
				// candidate
				assigned = steps
					.write("assign-number", "POST /phone/users/{id}/phone_numbers " + candidate.value(),
							ZoomFailures::taken,
							() -> this.zoom.phone()
								.assignPhoneNumbers(userId, List.of(PhoneNumberRef.ofNumber(candidate.value()))))
					.isPresent();
			}
			catch (RuntimeException ex) {
				this.allocator.release(candidate);
				throw ex;
			}
			if (assigned) {
				this.allocator.confirm(candidate);
				return;
			}
			this.allocator.taken(candidate);
		}
		throw new NoNumberAvailableException(
				"no number could be assigned after " + MAX_CANDIDATES + " candidates: each was taken outside Dialtone");
	}

	/** The site's pool is empty, or every candidate was taken by someone else. */
	static class NoNumberAvailableException extends RuntimeException {

		NoNumberAvailableException(String message) {
			super(message);
		}

	}

}

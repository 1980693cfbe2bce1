package dev.dialtone.worker.account;

import java.util.Optional;

import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.Person;
import dev.dialtone.worker.outcome.ConcludedException;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.phone.LineAllocator;
import dev.dialtone.worker.phone.PhoneBatchEntry;
import dev.dialtone.worker.phone.PhoneBatcher;
import dev.dialtone.worker.phone.PhoneProvisioner;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.phone.PhoneUser;
import dev.dialtone.zoom.client.users.UserUpdate;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * Finishes an active user: profile fields and the Zoom Phone feature in one PATCH (only
 * what differs), then the phone steps. Shared by hire, update, rehire, resume and
 * re-drive, which differ only in how they reach an active user.
 */
public final class ActiveUserConverger {

	private final ZoomClient zoom;

	private final PhoneProvisioner phone;

	private final PhoneBatcher batcher;

	/**
	 * @param batcher collects new phone users into batch adds; null = per-user calls only
	 */
	ActiveUserConverger(ZoomClient zoom, PhoneProvisioner phone, PhoneBatcher batcher) {
		this.zoom = zoom;
		this.phone = phone;
		this.batcher = batcher;
	}

	/**
	 * @return whether a hire's ssoCreate should leave the Zoom Phone feature to the batch
	 * add (batch add takes only users who are not phone users yet)
	 */
	boolean batching() {
		return this.batcher != null;
	}

	/**
	 * @return the hire announced to the phone batcher when its line may come from a batch
	 * add, else null
	 */
	PhoneBatcher.Expected expectBatch(Person person, Steps steps) {
		if (this.batcher == null || steps.dryRun() || PhoneIntent.of(person) != PhoneIntent.SET) {
			return null;
		}
		return this.batcher.expect();
	}

	/**
	 * {@link #converge} for a user ssoCreate made a moment ago and read back active: its
	 * profile is what the create sent (only fields the create body cannot carry are
	 * patched) and it has no phone line yet, so nothing is read. With batching the line
	 * comes from a batch add; a user the batch did not add falls back to the per-user
	 * calls.
	 * @param phoneEnabled whether the create already enabled Zoom Phone
	 * @param batch the hire as announced to the batcher ({@link #expectBatch}), or null
	 */
	public Conclusion convergeCreated(ZoomUser user, Person person, boolean phoneEnabled, PhoneBatcher.Expected batch,
			Steps steps) {
		if (PhoneIntent.of(person) != PhoneIntent.SET || steps.dryRun()) {
			return converge(user, person, steps);
		}
		UserUpdate update = ProfileDiff.between(user, person);
		if (this.batcher != null && !phoneEnabled) {
			return convergeInBatch(user, person, update, batch, steps);
		}
		if (!phoneEnabled) {
			update = update.withZoomPhone(true);
		}
		patchProfile(user, update, steps);
		try {
			this.phone.convergeNew(user.id(), person, steps);
			return Conclusion.of(FinalState.ACTIVE_PHONE_READY, user);
		}
		catch (RuntimeException ex) {
			return phoneStepFailed(user, ex);
		}
	}

	/**
	 * The batch add and the profile PATCH touch different things (the phone line, the
	 * user's profile) under different budgets (Phone Medium, Users Light), so the PATCH
	 * runs while the entry waits in its batch: one Zoom round trip less on a hire's path.
	 * A failed PATCH still ends the event as before, once the batch has answered and the
	 * entry's reservations are settled.
	 */
	private Conclusion convergeInBatch(ZoomUser user, Person person, UserUpdate update, PhoneBatcher.Expected batch,
			Steps steps) {
		Optional<PhoneBatchEntry> entry;
		PhoneBatcher.Queued queued = null;
		try {
			entry = this.phone.batchEntry(user.email(), person, steps);
			if (entry.isPresent()) {
				queued = (batch != null) ? batch.add(entry.get().user()) : this.batcher.add(entry.get().user());
			}
			else if (batch != null) {
				// not batchable: the open batch need not wait for this hire
				batch.close();
			}
		}
		catch (RuntimeException ex) {
			patchProfile(user, update, steps);
			return phoneStepFailed(user, ex);
		}
		try {
			patchProfile(user, update, steps);
		}
		catch (RuntimeException ex) {
			if (queued != null) {
				settle(entry.get(), queued, steps);
			}
			throw ex;
		}
		try {
			if (queued != null && settle(entry.get(), queued, steps)) {
				return Conclusion.of(FinalState.ACTIVE_PHONE_READY, user);
			}
			// not added (or not batchable): the per-user path, which enables Zoom Phone;
			// the profile fields are patched already
			return converge(patched(user, person), person, steps);
		}
		catch (RuntimeException ex) {
			return phoneStepFailed(user, ex);
		}
	}

	/**
	 * Waits for the batch's verdict, keeps or hands back the entry's reservations and
	 * records the batch call as the employee's step.
	 * @return whether Zoom added the user
	 */
	private boolean settle(PhoneBatchEntry entry, PhoneBatcher.Queued queued, Steps steps) {
		PhoneBatcher.Verdict verdict;
		try {
			verdict = queued.await();
		}
		catch (RuntimeException ex) {
			this.phone.settle(entry, false);
			throw ex;
		}
		this.phone.settle(entry, verdict.added());
		steps.record(verdict.step());
		return verdict.added();
	}

	/**
	 * A phone step's failure as the hire's conclusion: a missing scope ends the event
	 * whatever the step (the admin's fix is the same); a full range or pool, an
	 * allocation exhausted, an unknown site or a failed step leave the user active
	 * without a complete line, for an operator to fix, never retried.
	 */
	private static Conclusion phoneStepFailed(ZoomUser user, RuntimeException failure) {
		if (failure instanceof ConcludedException concluded) {
			throw concluded;
		}
		if (failure instanceof LineAllocator.LineRangeFullException full) {
			return rangeFull(user, full);
		}
		return Conclusion.of(FinalState.ACTIVE_PHONE_INCOMPLETE, user).withReason(failure.getMessage());
	}

	/**
	 * Zoom's lists say the site has no free extension or number: a person must widen the
	 * range or add numbers.
	 */
	private static Conclusion rangeFull(ZoomUser user, LineAllocator.LineRangeFullException ex) {
		return Conclusion.of(FinalState.ACTIVE_PHONE_INCOMPLETE, user)
			.withReason(ex.getMessage())
			.withCause(FailureCause.LINE_RANGE_FULL);
	}

	private static ZoomUser patched(ZoomUser user, Person person) {
		return new ZoomUser(user.id(), user.email(), orElse(person.getFirstName(), user.firstName()),
				orElse(person.getLastName(), user.lastName()), user.displayName(), user.type(), user.status(),
				user.verified(), user.loginTypes(), orElse(person.getDepartment(), user.dept()),
				orElse(person.getJobTitle(), user.jobTitle()), user.createdAt(), user.roleName());
	}

	private static String orElse(String desired, String current) {
		return (desired != null) ? desired : current;
	}

	private void patchProfile(ZoomUser user, UserUpdate update, Steps steps) {
		if (update.isEmpty()) {
			steps.skipped("update-profile", "profile already as desired");
		}
		else {
			steps.write("update-profile", describe(update), () -> this.zoom.users().update(user.id(), update));
		}
	}

	/**
	 * @param user the active user as read back (id null when only planned in a dry run)
	 * @param person desired state
	 * @param steps the event's steps
	 * @return ACTIVE_PHONE_READY, or ACTIVE_PHONE_INCOMPLETE when a phone step failed
	 */
	public Conclusion converge(ZoomUser user, Person person, Steps steps) {
		PhoneIntent intent = PhoneIntent.of(person);
		boolean wantsPhone = intent == PhoneIntent.SET;
		Optional<PhoneUser> current = (intent != PhoneIntent.NONE) ? this.phone.find(user.id(), steps)
				: Optional.empty();
		UserUpdate update = ProfileDiff.between(user, person);
		if (wantsPhone && current.isEmpty()) {
			update = update.withZoomPhone(true);
		}
		patchProfile(user, update, steps);
		if (intent == PhoneIntent.KEEP) {
			return kept(user, current, steps);
		}
		if (!wantsPhone) {
			return Conclusion.of(FinalState.ACTIVE_PHONE_READY, user);
		}
		try {
			PhoneUser profile = current.or(() -> this.phone.find(user.id(), steps)).orElse(null);
			if (profile == null && !steps.dryRun()) {
				return Conclusion.of(FinalState.ACTIVE_PHONE_INCOMPLETE, user)
					.withReason("Zoom Phone profile missing after enabling zoom_phone");
			}
			this.phone.converge(user.id(), (profile != null) ? profile : PhoneProvisioner.none(), person, steps);
			return Conclusion.of(FinalState.ACTIVE_PHONE_READY, user);
		}
		catch (RuntimeException ex) {
			return phoneStepFailed(user, ex);
		}
	}

	/**
	 * The line was left as it is: the state says what it really is. Without a line there
	 * is nothing to finish; a line without extension or calling plan is incomplete.
	 */
	private static Conclusion kept(ZoomUser user, Optional<PhoneUser> line, Steps steps) {
		if (line.isEmpty()) {
			steps.skipped("phone-line", "kept as it is: no Zoom Phone line");
			return Conclusion.of(FinalState.ACTIVE_PHONE_READY, user);
		}
		PhoneUser profile = line.get();
		StringBuilder missing = new StringBuilder();
		if (profile.extensionNumber() == null) {
			missing.append(" extension");
		}
		if (profile.callingPlans().isEmpty()) {
			missing.append(" calling plan");
		}
		steps.skipped("phone-line", "kept as it is: extension " + profile.extensionNumber() + ", "
				+ profile.callingPlans().size() + " calling plan(s), " + profile.phoneNumbers().size() + " number(s)");
		if (missing.length() > 0) {
			return Conclusion.of(FinalState.ACTIVE_PHONE_INCOMPLETE, user)
				.withReason("phone line kept as it is (phoneChange KEEP) but it has no" + missing);
		}
		return Conclusion.of(FinalState.ACTIVE_PHONE_READY, user);
	}

	private static String describe(UserUpdate update) {
		StringBuilder fields = new StringBuilder("PATCH /users/{id}");
		if (update.firstName() != null || update.lastName() != null) {
			fields.append(" names");
		}
		if (update.dept() != null) {
			fields.append(" dept");
		}
		if (update.jobTitle() != null) {
			fields.append(" job_title");
		}
		if (update.zoomPhone() != null) {
			fields.append(" feature.zoom_phone");
		}
		return fields.toString();
	}

}

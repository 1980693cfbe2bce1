package dev.dialtone.worker.account;

import java.util.Optional;

import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.Person;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.phone.LineAllocator;
import dev.dialtone.worker.phone.PhoneProvisioner;
import dev.dialtone.worker.step.StepFailedException;
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

	ActiveUserConverger(ZoomClient zoom, PhoneProvisioner phone) {
		this.zoom = zoom;
		this.phone = phone;
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
		if (update.isEmpty()) {
			steps.skipped("update-profile", "profile already as desired");
		}
		else {
			UserUpdate patch = update;
			steps.write("update-profile", describe(patch), () -> this.zoom.users().update(user.id(), patch));
		}
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
		catch (StepFailedException ex) {
			return Conclusion.of(FinalState.ACTIVE_PHONE_INCOMPLETE, user).withReason(ex.getMessage());
		}
		catch (LineAllocator.LineRangeFullException ex) {
			// Zoom's lists say the site has no free extension or number: a person must
			// widen the range or add numbers
			return Conclusion.of(FinalState.ACTIVE_PHONE_INCOMPLETE, user)
				.withReason(ex.getMessage())
				.withCause(FailureCause.LINE_RANGE_FULL);
		}
		catch (RuntimeException ex) {
			// allocation exhausted, unknown site: data problems an operator must fix,
			// never retried
			return Conclusion.of(FinalState.ACTIVE_PHONE_INCOMPLETE, user).withReason(ex.getMessage());
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

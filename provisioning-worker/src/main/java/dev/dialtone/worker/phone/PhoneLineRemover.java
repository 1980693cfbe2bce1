package dev.dialtone.worker.phone;

import java.util.Optional;

import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.phone.PhoneUser;
import dev.dialtone.zoom.client.users.UserUpdate;

/**
 * Takes a Zoom Phone line away: numbers first (they go back to the pool), then calling
 * plans (licences come back), and, for someone who keeps their Zoom user but no longer
 * has a phone, the {@code zoom_phone} feature last — once it is off the user is no longer
 * a phone user and Zoom answers 404/1001 on the phone paths, so nothing could be removed
 * after it.
 */
public final class PhoneLineRemover {

	private final ZoomClient zoom;

	private final PhoneProvisioner phone;

	public PhoneLineRemover(ZoomClient zoom, PhoneProvisioner phone) {
		this.zoom = zoom;
		this.phone = phone;
	}

	/**
	 * Removes numbers and calling plans (a leaver: the user is deactivated or removed
	 * next).
	 * @return the phone profile as read, empty when the user is not a phone user
	 */
	public Optional<PhoneUser> strip(String userId, Steps steps) {
		Optional<PhoneUser> profile = this.phone.find(userId, steps);
		if (profile.isEmpty()) {
			return profile;
		}
		profile.get().phoneNumbers().forEach((number) -> {
			String id = (number.id() != null) ? number.id() : number.number();
			steps.write("remove-number", "DELETE /phone/users/{id}/phone_numbers/" + number.number(),
					(failure) -> failure.isNotFound(), () -> this.zoom.phone().removePhoneNumber(userId, id));
		});
		profile.get().callingPlans().stream().filter((plan) -> plan.type() != null).forEach((plan) -> {
			int type = plan.type();
			steps.write("remove-calling-plan", "DELETE /phone/users/{id}/calling_plans/" + type,
					(failure) -> failure.isNotFound(), () -> this.zoom.phone().removeCallingPlan(userId, type));
		});
		return profile;
	}

	/**
	 * Removes the whole line of a user who stays (a mover whose person has no phone):
	 * numbers, calling plans, then the {@code zoom_phone} feature. A user who is not a
	 * phone user needs nothing, so a repeat changes nothing.
	 */
	public void remove(String userId, Steps steps) {
		if (strip(userId, steps).isEmpty()) {
			steps.skipped("disable-zoom-phone", "not a Zoom Phone user");
			return;
		}
		steps.write("disable-zoom-phone", "PATCH /users/{id} feature.zoom_phone false",
				() -> this.zoom.users().update(userId, UserUpdate.none().withZoomPhone(false)));
	}

}

package dev.dialtone.zoom.simulator.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dialtone.zoom.simulator.api.ZoomApiException;
import dev.dialtone.zoom.simulator.seed.Behaviour.ErrorChoice;
import dev.dialtone.zoom.simulator.seed.CurrentSeed;
import dev.dialtone.zoom.simulator.users.SimUser;
import dev.dialtone.zoom.simulator.users.UserRemovalListener;

import org.springframework.stereotype.Service;

/**
 * Extension, site and number assignment with Zoom's rules: an extension or a number is
 * held by at most one user, numbers belong to sites, and whatever a removed user held
 * goes back to the pool.
 */
@Service
class PhoneAssignments implements UserRemovalListener {

	private final ExtensionRegistry extensions;

	private final NumberPool numbers;

	private final SiteRegistry sites;

	private final CallingPlanLedger plans;

	private final CurrentSeed seed;

	PhoneAssignments(ExtensionRegistry extensions, NumberPool numbers, SiteRegistry sites, CallingPlanLedger plans,
			CurrentSeed seed) {
		this.extensions = extensions;
		this.numbers = numbers;
		this.sites = sites;
		this.plans = plans;
		this.seed = seed;
	}

	/**
	 * {@code PATCH /phone/users/{id}} with {@code extension_number} and/or
	 * {@code site_id}.
	 */
	void updateProfile(SimUser user, Map<String, Object> body) {
		Object siteId = body.get("site_id");
		if (siteId != null && this.sites.find(siteId.toString()) == null) {
			ErrorChoice unknown = this.seed.get().behaviour().unknownSite();
			throw new ZoomApiException(unknown.status(), unknown.code(), unknown.message(siteId.toString()));
		}
		Object extension = body.get("extension_number");
		synchronized (user) {
			PhoneUsers.requireLive(user);
			if (extension != null) {
				setExtension(user, extension.toString().trim());
			}
			if (siteId != null) {
				user.setSiteId(siteId.toString());
			}
		}
	}

	private void setExtension(SimUser user, String extension) {
		if (!extension.matches("\\d{2,16}")) {
			throw ZoomApiException.invalidField("extension_number", "Invalid extension number.");
		}
		if (extension.equals(user.extensionNumber())) {
			return;
		}
		String holder = this.extensions.claim(extension, user.id());
		if (!holder.equals(user.id())) {
			ErrorChoice conflict = this.seed.get().behaviour().extensionConflict();
			throw new ZoomApiException(conflict.status(), conflict.code(), conflict.message(extension));
		}
		this.extensions.release(user.extensionNumber(), user.id());
		user.setExtension(extension, "ext_" + user.id().substring(0, 8) + extension);
	}

	/**
	 * {@code POST /phone/users/{id}/phone_numbers}: all or nothing, echoing the numbers
	 * assigned.
	 */
	List<PhoneNumber> assignNumbers(SimUser user, List<Map<String, Object>> requested) {
		if (requested == null || requested.isEmpty() || requested.size() > 10) {
			throw ZoomApiException.invalidField("phone_numbers", "Invalid field.");
		}
		List<PhoneNumber> claimed = new ArrayList<>();
		synchronized (user) {
			PhoneUsers.requireLive(user);
			try {
				for (Map<String, Object> item : requested) {
					PhoneNumber number = resolve(item);
					requireSameSite(user, number);
					String holder = number.claim(user.id());
					if (!holder.equals(user.id())) {
						ErrorChoice conflict = this.seed.get().behaviour().numberConflict();
						throw new ZoomApiException(conflict.status(), conflict.code(),
								conflict.message(number.number()));
					}
					claimed.add(number);
				}
			}
			catch (RuntimeException ex) {
				claimed.stream().filter((n) -> !user.numberIds().contains(n.id())).forEach((n) -> n.release(user.id()));
				throw ex;
			}
			claimed.stream()
				.filter((n) -> !user.numberIds().contains(n.id()))
				.forEach((n) -> user.numberIds().add(n.id()));
		}
		return claimed;
	}

	/**
	 * {@code DELETE /phone/users/{id}/phone_numbers/{idOrNumber}}: the number returns to
	 * the pool.
	 */
	void unassignNumber(SimUser user, String idOrNumber) {
		PhoneNumber number = this.numbers.find(idOrNumber);
		synchronized (user) {
			if (number == null || !user.numberIds().contains(number.id())) {
				throw new ZoomApiException(404, 400, "Invalid query parameter \"phone_number\".");
			}
			user.numberIds().remove(number.id());
			number.release(user.id());
		}
	}

	@Override
	public void userRemoved(SimUser user) {
		synchronized (user) {
			this.extensions.release(user.extensionNumber(), user.id());
			user.numberIds().forEach((id) -> {
				PhoneNumber number = this.numbers.find(id);
				if (number != null) {
					number.release(user.id());
				}
			});
			user.numberIds().clear();
			user.callingPlans().forEach((type) -> {
				CallingPlanLedger.Plan plan = this.plans.find(type);
				if (plan != null) {
					plan.giveBack();
				}
			});
			user.callingPlans().clear();
		}
	}

	private PhoneNumber resolve(Map<String, Object> item) {
		Object ref = (item.get("id") != null) ? item.get("id") : item.get("number");
		PhoneNumber number = (ref != null) ? this.numbers.find(ref.toString()) : null;
		if (number == null) {
			throw ZoomApiException.badRequest(300, "Phone number does not exist: " + ref + ".");
		}
		return number;
	}

	private static void requireSameSite(SimUser user, PhoneNumber number) {
		if (number.siteId() != null && user.siteId() != null && !number.siteId().equals(user.siteId())) {
			throw ZoomApiException.badRequest(300,
					"Phone number " + number.number() + " does not belong to the user's site.");
		}
	}

}

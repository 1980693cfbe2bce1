package dev.dialtone.zoom.simulator.phone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.zoom.simulator.api.ZoomApiException;
import dev.dialtone.zoom.simulator.api.ZoomError.FieldError;
import dev.dialtone.zoom.simulator.seed.Behaviour;
import dev.dialtone.zoom.simulator.seed.CurrentSeed;
import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.users.SimUser;
import dev.dialtone.zoom.simulator.users.UserStatus;
import dev.dialtone.zoom.simulator.users.UserStore;

import org.springframework.stereotype.Service;

/**
 * {@code POST /phone/users/batch}: each entry makes an active Zoom user a phone user with
 * its site, extension, calling plans and numbers, all or nothing per user. Whether one
 * rejected entry fails the others, and what happens to an existing phone user or a
 * pending user, is undocumented: {@link Behaviour}'s batch switches decide (README,
 * "Uncertain reference").
 */
@Service
class PhoneBatchAddition {

	private final UserStore users;

	private final SiteRegistry sites;

	private final NumberPool numbers;

	private final CallingPlanLedger plans;

	private final ExtensionRegistry extensions;

	private final CurrentSeed seed;

	PhoneBatchAddition(UserStore users, SiteRegistry sites, NumberPool numbers, CallingPlanLedger plans,
			ExtensionRegistry extensions, CurrentSeed seed) {
		this.users = users;
		this.sites = sites;
		this.numbers = numbers;
		this.plans = plans;
		this.extensions = extensions;
		this.seed = seed;
	}

	/**
	 * @param entries the request's entries, shape already checked
	 * @return {@code {email,id}} of every user added, in request order
	 * @throws ZoomApiException 400/300 naming each rejected entry, when partial success
	 * is off
	 */
	List<Map<String, Object>> add(List<BatchEntry> entries) {
		Behaviour behaviour = this.seed.get().behaviour();
		List<PhoneLineGrant> added = new ArrayList<>();
		List<FieldError> rejected = new ArrayList<>();
		for (BatchEntry entry : entries) {
			try {
				added.add(addOne(entry, behaviour));
			}
			catch (Rejected ex) {
				rejected.add(new FieldError(entry.field(ex.field), ex.getMessage()));
			}
		}
		if (!rejected.isEmpty() && !behaviour.batchPartialSuccess()) {
			added.forEach(PhoneLineGrant::undo);
			throw new ZoomApiException(400, 300, ZoomApiException.VALIDATION_FAILED, rejected, Map.of());
		}
		return added.stream().map(PhoneBatchAddition::view).toList();
	}

	private PhoneLineGrant addOne(BatchEntry entry, Behaviour behaviour) {
		SimUser user = this.users.find(entry.email());
		if (user == null) {
			throw new Rejected("email", "User does not exist: " + entry.email() + ".");
		}
		Seed.Site site = site(entry);
		List<CallingPlanLedger.Plan> wanted = new ArrayList<>();
		for (String name : entry.callingPlans()) {
			CallingPlanLedger.Plan plan = this.plans.findByName(name);
			if (plan == null) {
				throw new Rejected("calling_plans", "Invalid calling plan: " + name + ".");
			}
			wanted.add(plan);
		}
		List<PhoneNumber> lines = new ArrayList<>();
		for (String number : entry.phoneNumbers()) {
			PhoneNumber found = this.numbers.find(number);
			if (found == null) {
				throw new Rejected("phone_numbers", "Phone number does not exist: " + number + ".");
			}
			if (found.siteId() != null && !found.siteId().equals(site.id())) {
				throw new Rejected("phone_numbers",
						"Phone number " + number + " does not belong to site " + site.name() + ".");
			}
			lines.add(found);
		}
		synchronized (user) {
			requireEligible(user, behaviour);
			PhoneLineGrant grant = new PhoneLineGrant(user, this.extensions, behaviour);
			try {
				grant.claimExtension(entry.extension());
				lines.forEach(grant::claimNumber);
				wanted.forEach(grant::takePlan);
			}
			catch (ZoomApiException ex) {
				grant.undo();
				throw new Rejected(grant.failedField(), ex.getMessage());
			}
			grant.commit(site.id());
			return grant;
		}
	}

	private static void requireEligible(SimUser user, Behaviour behaviour) {
		if (user.deleted()) {
			throw new Rejected("email", "User does not exist: " + user.email() + ".");
		}
		if (user.status() == UserStatus.PENDING) {
			if (!Behaviour.ASSIGN.equals(behaviour.batchPendingUser())) {
				throw new Rejected("email", "The user must be active in the account: " + user.email() + ".");
			}
			return;
		}
		if (user.status() != UserStatus.ACTIVE) {
			throw new Rejected("email", "The user must be active in the account: " + user.email() + ".");
		}
		if (user.zoomPhone() && !Behaviour.APPLY.equals(behaviour.batchExistingPhoneUser())) {
			throw new Rejected("email", "The user is already a Zoom Phone user: " + user.email() + ".");
		}
	}

	private Seed.Site site(BatchEntry entry) {
		for (Seed.Site site : this.sites.all()) {
			boolean codeMatches = entry.siteCode() != null && site.siteCode() != null
					&& entry.siteCode().equals(site.siteCode().toString());
			boolean nameMatches = entry.siteCode() == null && site.name() != null
					&& site.name().equalsIgnoreCase(entry.siteName());
			if (codeMatches || nameMatches) {
				return site;
			}
		}
		String named = (entry.siteCode() != null) ? entry.siteCode() : entry.siteName();
		throw new Rejected((entry.siteCode() != null) ? "site_code" : "site_name",
				"Site does not exist: " + named + ".");
	}

	private static Map<String, Object> view(PhoneLineGrant grant) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("email", grant.user().email());
		view.put("id", grant.user().id());
		return view;
	}

	/** One entry Zoom would not add; the field names what stood in the way. */
	private static final class Rejected extends RuntimeException {

		private final String field;

		Rejected(String field, String message) {
			super(message, null, false, false);
			this.field = field;
		}

	}

}

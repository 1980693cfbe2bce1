package dev.dialtone.zoom.simulator.phone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.users.SimUser;

import org.springframework.stereotype.Component;

/** The JSON shapes of the Zoom Phone spec for phone users, numbers, plans and sites. */
@Component
class PhoneViews {

	private final SiteRegistry sites;

	private final NumberPool numbers;

	private final CallingPlanLedger plans;

	PhoneViews(SiteRegistry sites, NumberPool numbers, CallingPlanLedger plans) {
		this.sites = sites;
		this.numbers = numbers;
		this.plans = plans;
	}

	/** {@code GET /phone/users/{userId}}. */
	Map<String, Object> user(SimUser user) {
		synchronized (user) {
			Map<String, Object> view = common(user);
			view.put("site_id", user.siteId());
			view.put("status", user.phoneStatus());
			view.put("calling_plans",
					user.callingPlans().stream().map((t) -> Map.<String, Object>of("type", t)).toList());
			view.put("policy", Map.of());
			return view;
		}
	}

	/** A row of {@code GET /phone/users}. */
	Map<String, Object> listed(SimUser user) {
		synchronized (user) {
			Map<String, Object> view = common(user);
			view.put("name", user.displayName());
			view.put("site", site(user.siteId()));
			view.put("status", user.phoneStatus());
			view.put("activation_status", "activated");
			view.put("calling_plans", user.callingPlans().stream().map(this::planRef).toList());
			return view;
		}
	}

	private Map<String, Object> common(SimUser user) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", user.id());
		view.put("phone_user_id", "pu" + user.id());
		view.put("email", user.email());
		if (user.extensionNumber() != null) {
			view.put("extension_id", user.extensionId());
			view.put("extension_number", Long.parseLong(user.extensionNumber()));
		}
		view.put("phone_numbers",
				user.numberIds().stream().map(this.numbers::find).map(PhoneViews::numberRef).toList());
		if (user.dept() != null) {
			view.put("department", user.dept());
		}
		return view;
	}

	Map<String, Object> number(PhoneNumber number, SimUser holder) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", number.id());
		view.put("number", number.number());
		view.put("display_name", number.number());
		view.put("status", "available");
		view.put("number_type", "toll");
		view.put("source", "internal");
		view.put("capability", List.of("incoming", "outgoing"));
		view.put("site", site(number.siteId()));
		if (holder != null) {
			Map<String, Object> assignee = new LinkedHashMap<>();
			assignee.put("id", holder.id());
			assignee.put("name", holder.displayName());
			if (holder.extensionNumber() != null) {
				assignee.put("extension_number", Long.parseLong(holder.extensionNumber()));
			}
			assignee.put("type", "user");
			view.put("assignee", assignee);
		}
		return view;
	}

	Map<String, Object> site(Seed.Site site) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", site.id());
		view.put("name", site.name());
		if (site.siteCode() != null) {
			view.put("site_code", site.siteCode());
		}
		view.put("country", Map.of("code", "US", "name", "United States"));
		return view;
	}

	private Map<String, Object> site(String siteId) {
		Seed.Site site = this.sites.find(siteId);
		return (site != null) ? Map.of("id", site.id(), "name", site.name()) : Map.of();
	}

	private Map<String, Object> planRef(int type) {
		CallingPlanLedger.Plan plan = this.plans.find(type);
		return Map.of("type", type, "name", (plan != null) ? plan.name() : Integer.toString(type));
	}

	static Map<String, Object> numberRef(PhoneNumber number) {
		return Map.of("id", number.id(), "number", number.number());
	}

}

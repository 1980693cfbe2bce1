package dev.dialtone.zoom.simulator.phone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dialtone.zoom.simulator.api.PageTokens;
import dev.dialtone.zoom.simulator.api.ZoomApiException;
import dev.dialtone.zoom.simulator.users.SimUser;
import dev.dialtone.zoom.simulator.users.UserStatus;
import dev.dialtone.zoom.simulator.users.UserStore;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account-wide Zoom Phone lists: numbers (by type and site), phone users, calling plans,
 * sites.
 */
@RestController
@RequestMapping("/v2/phone")
class PhoneCatalogController {

	private static final Set<String> NUMBER_TYPES = Set.of("assigned", "unassigned", "byoc", "all");

	private final NumberPool numbers;

	private final UserStore users;

	private final CallingPlanLedger plans;

	private final SiteRegistry sites;

	private final PhoneViews views;

	PhoneCatalogController(NumberPool numbers, UserStore users, CallingPlanLedger plans, SiteRegistry sites,
			PhoneViews views) {
		this.numbers = numbers;
		this.users = users;
		this.plans = plans;
		this.sites = sites;
		this.views = views;
	}

	@GetMapping("/numbers")
	Map<String, Object> numbers(@RequestParam(defaultValue = "all") String type,
			@RequestParam(name = "site_id", required = false) String siteId,
			@RequestParam(name = "page_size", required = false) Integer pageSize,
			@RequestParam(name = "next_page_token", required = false) String token) {
		if (!NUMBER_TYPES.contains(type)) {
			throw ZoomApiException.invalidField("type", "Invalid field.");
		}
		List<PhoneNumber> matching = this.numbers.all()
			.stream()
			.filter((n) -> siteId == null || siteId.equals(n.siteId()))
			.filter((n) -> switch (type) {
				case "assigned" -> n.holder() != null;
				case "unassigned" -> n.holder() == null;
				case "byoc" -> false;
				default -> true;
			})
			.toList();
		int size = PageTokens.pageSize(pageSize, 30, 100);
		int offset = PageTokens.offset(token, 300);
		return page(matching.size(), size, offset, "phone_numbers",
				PageTokens.slice(matching, offset, size).stream().map((n) -> this.views.number(n, holder(n))).toList());
	}

	@GetMapping("/users")
	Map<String, Object> users(@RequestParam(name = "site_id", required = false) String siteId,
			@RequestParam(required = false) String status,
			@RequestParam(name = "page_size", required = false) Integer pageSize,
			@RequestParam(name = "next_page_token", required = false) String token) {
		UserStatus wanted = "deactivate".equals(status) ? UserStatus.INACTIVE : UserStatus.ACTIVE;
		List<SimUser> matching = ("pending".equals(status)) ? List.of()
				: this.users.list(wanted)
					.stream()
					.filter(SimUser::zoomPhone)
					.filter((u) -> siteId == null || siteId.equals(siteOf(u)))
					.toList();
		int size = PageTokens.pageSize(pageSize, 30, 100);
		int offset = PageTokens.offset(token, 400);
		return page(matching.size(), size, offset, "users",
				PageTokens.slice(matching, offset, size).stream().map(this.views::listed).toList());
	}

	@GetMapping("/calling_plans")
	Map<String, Object> callingPlans() {
		return Map.of("calling_plans",
				this.plans.all()
					.stream()
					.map((p) -> Map.of("type", p.type(), "name", p.name(), "subscribed", p.subscribed(), "assigned",
							p.assigned(), "available", p.subscribed() - p.assigned()))
					.toList());
	}

	@GetMapping("/sites")
	Map<String, Object> sites(@RequestParam(name = "page_size", required = false) Integer pageSize,
			@RequestParam(name = "next_page_token", required = false) String token) {
		List<Map<String, Object>> all = this.sites.all().stream().map(this.views::site).toList();
		int size = PageTokens.pageSize(pageSize, 30, 300);
		int offset = PageTokens.offset(token, 300);
		return page(all.size(), size, offset, "sites", PageTokens.slice(all, offset, size));
	}

	private String siteOf(SimUser user) {
		String site = user.siteId();
		return (site != null) ? site : this.sites.defaultSiteId();
	}

	private SimUser holder(PhoneNumber number) {
		String holder = number.holder();
		return (holder != null) ? this.users.find(holder) : null;
	}

	private static Map<String, Object> page(int total, int size, int offset, String key, List<?> items) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("next_page_token", PageTokens.next(offset, size, total));
		body.put("page_size", size);
		body.put("total_records", total);
		body.put(key, items);
		return body;
	}

}

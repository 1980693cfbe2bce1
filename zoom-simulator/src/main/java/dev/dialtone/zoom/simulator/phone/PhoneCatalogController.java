package dev.dialtone.zoom.simulator.phone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import dev.dialtone.zoom.simulator.api.PageTokens;
import dev.dialtone.zoom.simulator.api.ZoomApiException;
import dev.dialtone.zoom.simulator.users.SimUser;
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

	private static final Set<String> EXTENSION_TYPES = Set.of("user", "callQueue", "autoReceptionist", "commonArea",
			"emergencyNumberPool", "companyLocation", "meetingService");

	private static final Set<String> PHONE_USER_STATUSES = Set.of("activate", "deactivate", "pending");

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
			@RequestParam(name = "extension_type", required = false) String extensionType,
			@RequestParam(name = "page_size", required = false) Integer pageSize,
			@RequestParam(name = "next_page_token", required = false) String token) {
		if (!NUMBER_TYPES.contains(type)) {
			throw ZoomApiException.invalidField("type", "Invalid field.");
		}
		if (extensionType != null && !EXTENSION_TYPES.contains(extensionType)) {
			throw ZoomApiException.invalidField("extension_type", "Invalid field.");
		}
		List<PhoneNumber> matching = this.numbers.all()
			.stream()
			.filter((n) -> siteId == null || siteId.equals(n.siteId()))
			// every holder here is a user: only extension_type=user matches an assigned
			// number
			.filter((n) -> extensionType == null || ("user".equals(extensionType) && n.holder() != null))
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
			@RequestParam(required = false) String status, @RequestParam(required = false) String keyword,
			@RequestParam(name = "page_size", required = false) Integer pageSize,
			@RequestParam(name = "next_page_token", required = false) String token) {
		if (status != null && !PHONE_USER_STATUSES.contains(status)) {
			throw ZoomApiException.invalidField("status", "Invalid field.");
		}
		// pending means "Workplace licence but no Zoom Phone feature": never a phone user
		// here; no status lists activated and deactivated users alike
		List<SimUser> matching = ("pending".equals(status)) ? List.of()
				: this.users.list(null)
					.stream()
					.filter(SimUser::isPhoneUser)
					.filter((u) -> status == null || status.equals(u.phoneStatus()))
					.filter((u) -> siteId == null || siteId.equals(siteOf(u)))
					.filter((u) -> matchesKeyword(u, keyword))
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

	/**
	 * Zoom's keyword searches name, email and extension; a case-insensitive substring is
	 * the simplest reading of "keyword".
	 */
	private static boolean matchesKeyword(SimUser user, String keyword) {
		if (keyword == null || keyword.isBlank()) {
			return true;
		}
		String wanted = keyword.trim().toLowerCase(Locale.ROOT);
		return Stream.of(user.email(), user.displayName(), user.extensionNumber())
			.filter(Objects::nonNull)
			.anyMatch((value) -> value.toLowerCase(Locale.ROOT).contains(wanted));
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

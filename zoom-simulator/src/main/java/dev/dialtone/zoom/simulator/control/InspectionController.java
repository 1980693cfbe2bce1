package dev.dialtone.zoom.simulator.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.dialtone.zoom.simulator.api.ZoomApiException;
import dev.dialtone.zoom.simulator.faults.FaultRegistry;
import dev.dialtone.zoom.simulator.faults.FaultSpec;
import dev.dialtone.zoom.simulator.oauth.TokenStore;
import dev.dialtone.zoom.simulator.phone.ExtensionRegistry;
import dev.dialtone.zoom.simulator.phone.NumberPool;
import dev.dialtone.zoom.simulator.phone.PhoneNumber;
import dev.dialtone.zoom.simulator.ratelimit.RateLimiter;
import dev.dialtone.zoom.simulator.users.SimUser;
import dev.dialtone.zoom.simulator.users.UserStatus;
import dev.dialtone.zoom.simulator.users.UserStore;
import dev.dialtone.zoom.simulator.webhooks.UrlValidation;
import dev.dialtone.zoom.simulator.webhooks.WebhookDelivery;
import dev.dialtone.zoom.simulator.webhooks.WebhookPublisher;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inspection API: users, who holds what, request log, rate-limit tallies, faults, tokens,
 * webhooks.
 */
@RestController
@RequestMapping("/_sim")
class InspectionController {

	private final UserStore users;

	private final ControlViews views;

	private final NumberPool numbers;

	private final ExtensionRegistry extensions;

	private final RequestLog requestLog;

	private final RateLimiter limiter;

	private final FaultRegistry faults;

	private final TokenStore tokens;

	private final WebhookPublisher webhooks;

	private final UrlValidation urlValidation;

	InspectionController(UserStore users, ControlViews views, NumberPool numbers, ExtensionRegistry extensions,
			RequestLog requestLog, RateLimiter limiter, FaultRegistry faults, TokenStore tokens,
			WebhookPublisher webhooks, UrlValidation urlValidation) {
		this.users = users;
		this.views = views;
		this.numbers = numbers;
		this.extensions = extensions;
		this.requestLog = requestLog;
		this.limiter = limiter;
		this.faults = faults;
		this.tokens = tokens;
		this.webhooks = webhooks;
		this.urlValidation = urlValidation;
	}

	@GetMapping("/users")
	List<SimulatedUser> users(@RequestParam(required = false) String status) {
		return this.users.list((status != null) ? UserStatus.fromWire(status) : null)
			.stream()
			.map(this.views::user)
			.toList();
	}

	@GetMapping("/users/{ref}")
	SimulatedUser user(@PathVariable String ref) {
		SimUser user = this.users.find(ref);
		if (user == null) {
			throw ZoomApiException.userNotFound(ref);
		}
		return this.views.user(user);
	}

	@GetMapping("/users/counts")
	Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.users.countsByStatus().forEach((status, count) -> counts.put(status.wire(), count));
		return counts;
	}

	/** Number to holder user id, for every assigned number. */
	@GetMapping("/numbers/holders")
	Map<String, String> numberHolders() {
		Map<String, String> holders = new TreeMap<>();
		for (PhoneNumber number : this.numbers.all()) {
			String holder = number.holder();
			if (holder != null) {
				holders.put(number.number(), holder);
			}
		}
		return holders;
	}

	@GetMapping("/extensions/holders")
	Map<String, String> extensionHolders() {
		return this.extensions.holders();
	}

	@GetMapping("/requests")
	List<RequestLogEntry> requests() {
		return this.requestLog.snapshot();
	}

	@DeleteMapping("/requests")
	Map<String, Object> clearRequests() {
		this.requestLog.clear();
		return Map.of("cleared", true);
	}

	@GetMapping("/ratelimits")
	List<RateLimiter.CategoryCount> rateLimitCounts() {
		return this.limiter.counts();
	}

	@DeleteMapping("/ratelimits")
	Map<String, Object> resetRateLimitCounts() {
		this.limiter.resetCounts();
		return Map.of("cleared", true);
	}

	@GetMapping("/faults")
	Map<String, FaultSpec> faults() {
		return this.faults.all();
	}

	/**
	 * Replaces all faults; keys are endpoint keys like "GET /phone/users/{userId}" or
	 * "*".
	 */
	@PutMapping("/faults")
	Map<String, FaultSpec> setFaults(@RequestBody Map<String, FaultSpec> faults) {
		this.faults.clear();
		faults.forEach(this.faults::put);
		return this.faults.all();
	}

	@DeleteMapping("/faults")
	Map<String, FaultSpec> clearFaults() {
		this.faults.clear();
		return this.faults.all();
	}

	@PostMapping("/tokens/expire")
	Map<String, Object> expireTokens() {
		return Map.of("expired", this.tokens.expireAll());
	}

	@GetMapping("/webhooks/deliveries")
	List<WebhookDelivery> deliveries() {
		return this.webhooks.deliveries();
	}

	@PostMapping("/webhooks/validate")
	UrlValidation.Result validateWebhookUrl() {
		return this.urlValidation.validate();
	}

}

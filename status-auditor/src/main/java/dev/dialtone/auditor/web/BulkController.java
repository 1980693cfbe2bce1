package dev.dialtone.auditor.web;

import java.time.Duration;
import java.util.Map;

import dev.dialtone.auditor.security.SignedIn;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk actions over a group of open anomalies (OPERATOR, CSRF like every page POST): one
 * request is one action of the principal's budget. A group must be named (cause, domain
 * or search), or {@code all=true} said explicitly, so a stray request never acts on
 * everyone.
 */
@RestController
@RequestMapping("/api/v1/bulk")
class BulkController {

	private final BulkActions bulk;

	private final ActionRateLimit limit;

	BulkController(BulkActions bulk, ActionRateLimit limit) {
		this.bulk = bulk;
		this.limit = limit;
	}

	@PostMapping("/{action}")
	ResponseEntity<?> act(@PathVariable String action, @RequestParam(required = false) String cause,
			@RequestParam(required = false) String domain, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean all, Authentication signedIn) {
		if (!action.equals("recheck") && !action.equals("redrive")) {
			return ResponseEntity.badRequest().body(Map.of("error", "action: must be recheck or redrive"));
		}
		AnomalyGroup group = new AnomalyGroup(cause, domain, q);
		if (group.everything() && !all) {
			return ResponseEntity.badRequest()
				.body(Map.of("error", "cause, domain or q: name the group, or say all=true"));
		}
		Duration wait = this.limit.tryAcquire(signedIn.getName());
		if (!wait.isZero()) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds())))
				.body(Map.of("error", "too many re-checks and re-drives; try again later"));
		}
		String who = SignedIn.name(signedIn);
		return ResponseEntity
			.ok(action.equals("recheck") ? this.bulk.recheck(group, who) : this.bulk.redrive(group, who));
	}

}

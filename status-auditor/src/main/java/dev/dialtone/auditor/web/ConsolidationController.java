package dev.dialtone.auditor.web;

import java.util.Optional;
import java.util.regex.Pattern;

import dev.dialtone.auditor.recheck.UserActivation;
import dev.dialtone.auditor.remediate.PersonalAccountRemedy;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.contracts.PendingAnomaly;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The link in the consolidation notification. GET only shows a confirmation button (mail
 * scanners open links); the person's POST says they have consolidated, and the hire is
 * re-driven. The token in the path is the only credential and the page shows nothing
 * about the person; the form carries a CSRF token.
 */
@RestController
class ConsolidationController {

	/** The shape of the tokens handed out (random UUIDs). */
	private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

	private final AnomalyLedger ledger;

	private final UserActivation activation;

	ConsolidationController(AnomalyLedger ledger, UserActivation activation) {
		this.ledger = ledger;
		this.activation = activation;
	}

	@GetMapping(path = "/consolidated/{token}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> confirm(@PathVariable String token, CsrfToken csrf) {
		if (awaiting(token).isEmpty()) {
			return ResponseEntity.status(404).body(page("This link has expired or was already used."));
		}
		return ResponseEntity.ok(page("<form method=\"post\"><input type=\"hidden\" name=\""
				+ HtmlUtils.htmlEscape(csrf.getParameterName()) + "\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken())
				+ "\"><p>Have you chosen \"Consolidate into account\" in Zoom?</p>"
				+ "<button type=\"submit\">Yes, I have consolidated my account</button></form>"));
	}

	@PostMapping(path = "/consolidated/{token}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> consolidated(@PathVariable String token) {
		return awaiting(token).map((anomaly) -> {
			this.activation.activated(anomaly.getEmployeeId(), "person confirmed consolidation via link");
			return ResponseEntity
				.ok(page("Thank you. Your Zoom account is being set up; you will get a welcome email."));
		}).orElseGet(() -> ResponseEntity.status(404).body(page("This link has expired or was already used.")));
	}

	private Optional<PendingAnomaly> awaiting(String token) {
		if (!TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return this.ledger.open()
			.stream()
			.filter(PersonalAccountRemedy::awaitingConsolidation)
			.filter((a) -> token.equals(a.getEvidence().get(PersonalAccountRemedy.TOKEN)))
			.findFirst();
	}

	private static String page(String body) {
		return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Dialtone</title></head><body>"
				+ body + "</body></html>";
	}

}

package dev.dialtone.auditor.web;

import dev.dialtone.auditor.recheck.UserActivation;
import dev.dialtone.auditor.remediate.PersonalAccountRemedy;
import dev.dialtone.auditor.state.AnomalyLedger;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The link in the consolidation notification: the person says they have consolidated, and the hire is re-driven.
 */
@RestController
class ConsolidationController {

	private final AnomalyLedger ledger;

	private final UserActivation activation;

	ConsolidationController(AnomalyLedger ledger, UserActivation activation) {
		this.ledger = ledger;
		this.activation = activation;
	}

	@GetMapping(path = "/consolidated/{token}", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> consolidated(@PathVariable String token) {
		return this.ledger.open().stream()
			.filter(PersonalAccountRemedy::awaitingConsolidation)
			.filter((a) -> token.equals(a.getEvidence().get(PersonalAccountRemedy.TOKEN)))
			.findFirst()
			.map((a) -> {
				this.activation.activated(a.getEmployeeId(), "person confirmed consolidation via link");
				return ResponseEntity.ok("Thank you. Your Zoom account is being set up; you will get a welcome email.");
			})
			.orElseGet(() -> ResponseEntity.status(404).body("This link has expired or was already used."));
	}

}

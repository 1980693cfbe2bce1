package dev.dialtone.auditor.sweep;

import java.util.Map;

import dev.dialtone.auditor.sweep.AccountSweep.SweepResult;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sweeps on demand ({@code POST /api/v1/sweeps}, OPERATOR) and shows the last sweep
 * ({@code GET /api/v1/sweeps/last}, VIEWER).
 */
@RestController
@RequestMapping("/api/v1/sweeps")
class SweepController {

	private final AccountSweep sweep;

	SweepController(AccountSweep sweep) {
		this.sweep = sweep;
	}

	@PostMapping
	SweepResult sweep(Authentication signedIn) {
		return this.sweep.run("on demand by " + signedIn.getName());
	}

	@GetMapping("/last")
	ResponseEntity<?> last() {
		return this.sweep.last()
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.ok(Map.of("message", "no sweep yet")));
	}

}

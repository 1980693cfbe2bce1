package dev.dialtone.zoom.simulator.control;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Readiness in the shape the local run and compose expect from every service
 * ({@code /actuator/health} → UP), without pulling actuator into a simulator that also
 * runs inside other modules' test JVMs. The world is seeded before the server starts
 * listening, so answering at all means ready.
 */
@RestController
class HealthController {

	@GetMapping("/actuator/health")
	Map<String, String> health() {
		return Map.of("status", "UP");
	}

}

package dev.dialtone.zoom.simulator.control;

import java.time.Instant;
import java.util.List;

/**
 * A user as the control API shows it: everything a test may want to assert, including
 * phone holdings.
 */
public record SimulatedUser(String id, String email, String status, String creationType, List<Integer> loginTypes,
		boolean zoomPhone, String siteId, String extensionNumber, List<Integer> callingPlans, List<String> phoneNumbers,
		String activationLink, Instant createdAt) {
}

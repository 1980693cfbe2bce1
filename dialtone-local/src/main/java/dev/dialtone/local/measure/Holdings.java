package dev.dialtone.local.measure;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dialtone.zoom.simulator.control.SimulatedUser;

/**
 * The simulated account's end state for one run's people: Zoom users per work email (more
 * than one is a duplicate user), and numbers and extensions held by more than one user.
 *
 * @param users the run's users
 * @param duplicateUsers users beyond the first for one email
 * @param numbersHeldTwice numbers that more than one user lists
 * @param extensionsHeldTwice extensions (per site) that more than one user holds
 * @param withNumber users holding at least one number
 */
public record Holdings(long users, long duplicateUsers, long numbersHeldTwice, long extensionsHeldTwice,
		long withNumber) {

	/** Over every user of the account whose email starts with {@code emailPrefix}. */
	public static Holdings of(List<SimulatedUser> all, String emailPrefix) {
		Map<String, Integer> byEmail = new HashMap<>();
		Map<String, Integer> byNumber = new HashMap<>();
		Map<String, Integer> byExtension = new HashMap<>();
		long users = 0;
		long withNumber = 0;
		for (SimulatedUser user : all) {
			// numbers and extensions are compared across the whole account: a clash with
			// anyone counts
			if (user.phoneNumbers() != null) {
				user.phoneNumbers().forEach((number) -> byNumber.merge(number, 1, Integer::sum));
			}
			if (user.extensionNumber() != null) {
				byExtension.merge(user.siteId() + "/" + user.extensionNumber(), 1, Integer::sum);
			}
			String email = user.email().toLowerCase(Locale.ROOT);
			if (email.startsWith(emailPrefix.toLowerCase(Locale.ROOT))) {
				users++;
				byEmail.merge(email, 1, Integer::sum);
				if (user.phoneNumbers() != null && !user.phoneNumbers().isEmpty()) {
					withNumber++;
				}
			}
		}
		return new Holdings(users, beyondFirst(byEmail), beyondFirst(byNumber), beyondFirst(byExtension), withNumber);
	}

	private static long beyondFirst(Map<String, Integer> counts) {
		return counts.values().stream().filter((n) -> n > 1).mapToLong((n) -> n - 1).sum();
	}

}

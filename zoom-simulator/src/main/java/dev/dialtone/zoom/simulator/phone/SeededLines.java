package dev.dialtone.zoom.simulator.phone;

import java.util.List;
import java.util.Map;

import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seed.SeedLine;
import dev.dialtone.zoom.simulator.seed.Seed.SeedUser;
import dev.dialtone.zoom.simulator.seed.SeedFollowUp;
import dev.dialtone.zoom.simulator.users.SeededUsers;
import dev.dialtone.zoom.simulator.users.SimUser;

import org.springframework.stereotype.Component;

/**
 * Seeds the account's existing users and their phone lines through the same rules as the
 * API (extension and number claims, licence counts), then deactivates the leavers: a
 * leaver keeps the line it held, as in Zoom.
 */
@Component
class SeededLines implements SeedFollowUp {

	private final SeededUsers users;

	private final PhoneUsers phoneUsers;

	private final PhoneAssignments assignments;

	private final CallingPlanAssignments plans;

	SeededLines(SeededUsers users, PhoneUsers phoneUsers, PhoneAssignments assignments, CallingPlanAssignments plans) {
		this.users = users;
		this.phoneUsers = phoneUsers;
		this.assignments = assignments;
		this.plans = plans;
	}

	@Override
	public void afterReset(Seed seed) {
		for (SeedUser seeded : seed.users()) {
			SimUser user = this.users.create(seeded);
			if (seeded.phone() != null && user.isPhoneUser()) {
				line(this.phoneUsers.require(user.id()), seeded.phone());
			}
			if (seeded.deactivated()) {
				this.users.deactivate(user);
			}
		}
	}

	private void line(SimUser user, SeedLine line) {
		if (line.extension() != null) {
			this.assignments.updateProfile(user, Map.of("extension_number", line.extension()));
		}
		if (!line.numbers().isEmpty()) {
			List<Map<String, Object>> numbers = line.numbers()
				.stream()
				.map((n) -> Map.<String, Object>of("number", n))
				.toList();
			this.assignments.assignNumbers(user, numbers);
		}
		if (!line.callingPlans().isEmpty()) {
			this.plans.assign(user,
					line.callingPlans().stream().map((t) -> Map.<String, Object>of("type", t)).toList());
		}
	}

}

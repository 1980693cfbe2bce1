package dev.dialtone.worker.account;

import java.util.Objects;

import dev.dialtone.contracts.Person;
import dev.dialtone.zoom.client.users.UserUpdate;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * The profile fields where Zoom differs from the desired person. A null desired field is
 * not managed by Dialtone and never cleared.
 */
final class ProfileDiff {

	private ProfileDiff() {
	}

	static UserUpdate between(ZoomUser current, Person desired) {
		UserUpdate update = UserUpdate.none();
		if (differs(desired.getFirstName(), current.firstName())
				|| differs(desired.getLastName(), current.lastName())) {
			update = update.withNames(orElse(desired.getFirstName(), current.firstName()),
					orElse(desired.getLastName(), current.lastName()));
		}
		if (differs(desired.getDepartment(), current.dept())) {
			update = update.withDept(desired.getDepartment());
		}
		if (differs(desired.getJobTitle(), current.jobTitle())) {
			update = update.withJobTitle(desired.getJobTitle());
		}
		return update;
	}

	private static boolean differs(String desired, String current) {
		return desired != null && !Objects.equals(desired, current);
	}

	private static String orElse(String desired, String current) {
		return (desired != null) ? desired : current;
	}

}

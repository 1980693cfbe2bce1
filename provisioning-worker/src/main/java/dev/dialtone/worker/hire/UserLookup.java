package dev.dialtone.worker.hire;

import java.util.Locale;
import java.util.Optional;

import dev.dialtone.contracts.Person;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * Finds the person's Zoom user by work email (Zoom accepts the email wherever a user id is expected).
 */
public final class UserLookup {

	private final ZoomClient zoom;

	public UserLookup(ZoomClient zoom) {
		this.zoom = zoom;
	}

	public Optional<ZoomUser> find(Person person, Steps steps) {
		String email = person.getWorkEmail().toLowerCase(Locale.ROOT);
		return steps.find("read-user", "GET /users/{email}", ZoomApiException::isNotFound,
				() -> this.zoom.users().get(email));
	}

}

package dev.dialtone.zoom.simulator.users;

import java.util.Map;

import dev.dialtone.zoom.simulator.seed.Seed.SeedUser;
import dev.dialtone.zoom.simulator.users.CreateUserRequest.UserInfo;

import org.springframework.stereotype.Component;

/**
 * Creates a seed's existing users through the same decision as {@code POST /users}, so a
 * seeded user is pending or active exactly as Zoom would make it.
 */
@Component
public class SeededUsers {

	private final UserCreation creation;

	private final UserLifecycle lifecycle;

	SeededUsers(UserCreation creation, UserLifecycle lifecycle) {
		this.creation = creation;
		this.lifecycle = lifecycle;
	}

	public SimUser create(SeedUser seeded) {
		Map<String, Object> feature = Map.of("zoom_phone", seeded.phone() != null);
		UserInfo info = new UserInfo(seeded.email(), (seeded.phone() != null) ? 2 : 1, seeded.firstName(),
				seeded.lastName(), null, null, feature);
		return this.creation.create(new CreateUserRequest(seeded.action(), info));
	}

	public void deactivate(SimUser user) {
		this.lifecycle.changeStatus(user, "deactivate");
	}

}

package dev.dialtone.zoom.simulator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.zoom.simulator.control.SimulatedUser;
import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seed.SeedLine;
import dev.dialtone.zoom.simulator.seed.Seed.SeedUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users a seed says the account already holds are made by the rules of POST /users, with
 * their lines, and the leavers keep their lines once deactivated.
 */
class ExistingUsersSeedTests {

	@Test
	void theDemoWorldWithExistingUsersHoldsPendingUsersOfEachCauseAndLeaversWithLines() {
		try (ZoomSimulator simulator = ZoomSimulator.start(Seed.demoWithExistingUsers())) {
			assertThat(simulator.user("ana.silva@acquired.example").status()).isEqualTo("pending");
			assertThat(simulator.user("kim.lee@typo-corp.example").status()).isEqualTo("pending");
			assertThat(simulator.user("noor.haddad@corp.example").status()).isEqualTo("pending");
			assertThat(simulator.user("tom.becker@corp.example").status()).isEqualTo("pending");
			assertThat(simulator.user("tom.becker@corp.example").creationType()).isEqualTo("create");
			assertThat(simulator.user("lena.fischer@corp.example").status()).isEqualTo("active");
			SimulatedUser leaver = simulator.user("eve.martin@corp.example");
			assertThat(leaver.status()).isEqualTo("inactive");
			assertThat(simulator.numberHolders()).containsEntry("+12125550291", leaver.id())
				.containsEntry("+12125550292", leaver.id());
			assertThat(simulator.extensionHolders()).containsEntry("1902", leaver.id());
			assertThat(simulator.usersByStatus()).containsEntry("pending", 6L)
				.containsEntry("active", 2L)
				.containsEntry("inactive", 3L);
			simulator.reset();
			assertThat(simulator.usersByStatus()).containsEntry("pending", 6L);
		}
	}

	@Test
	void aSeededLineIsHeldAndItsLicencesCounted() {
		Seed seed = Seed.builder()
			.user(new SeedUser("gone@corp.example", "Gone", "User", "ssoCreate", true,
					new SeedLine("1500", List.of("+12125550150"), List.of(200))))
			.build();
		try (ZoomSimulator simulator = ZoomSimulator.start(seed)) {
			ZoomHttp zoom = new ZoomHttp(simulator);
			Map<Integer, Integer> assigned = new HashMap<>();
			zoom.get("/phone/calling_plans")
				.json()
				.get("calling_plans")
				.forEach((p) -> assigned.put(p.get("type").asInt(), p.get("assigned").asInt()));
			assertThat(assigned).containsEntry(200, 1).containsEntry(100, 0);
			assertThat(zoom.get("/phone/users?status=deactivate").json().get("users").get(0).get("email").asString())
				.isEqualTo("gone@corp.example");
		}
	}

}

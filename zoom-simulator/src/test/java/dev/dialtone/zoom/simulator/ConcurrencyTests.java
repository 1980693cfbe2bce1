package dev.dialtone.zoom.simulator;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Racing clients never produce duplicate users, doubly held numbers or shared extensions.
 */
class ConcurrencyTests extends SimulatorTestSupport {

	@BeforeEach
	void reset() {
		reseed(Seed.builder().plan("UNLIMITED").build());
	}

	@Test
	void racingCreatesOfOneEmailMakeExactlyOneUser() {
		List<Integer> statuses = race(40, (i) -> zoom.request("POST", "/users",
				"{\"action\":\"ssoCreate\",\"user_info\":{\"email\":\"Ada@corp.example\"}}", zoom.token()));
		assertThat(statuses).filteredOn((s) -> s == 201).hasSize(1);
		assertThat(statuses).filteredOn((s) -> s == 409).hasSize(39);
		assertThat(simulator.users()).hasSize(1);
	}

	@Test
	void racingUsersForOneNumberAndOneExtensionLeaveASingleHolder() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ids.add(zoom.create("ssoCreate", "racer" + i + "@corp.example"));
		}
		List<Integer> numberClaims = race(20,
				(i) -> zoom.request("POST", "/phone/users/" + ids.get(i) + "/phone_numbers",
						"{\"phone_numbers\":[{\"number\":\"+12125550150\"}]}", zoom.token()));
		List<Integer> extensionClaims = race(20, (i) -> zoom.request("PATCH", "/phone/users/" + ids.get(i),
				"{\"extension_number\":\"1999\"}", zoom.token()));
		assertThat(numberClaims).filteredOn((s) -> s == 200).hasSize(1);
		assertThat(extensionClaims).filteredOn((s) -> s == 204).hasSize(1);
		assertThat(simulator.numberHolders()).hasSize(1);
		assertThat(simulator.extensionHolders()).hasSize(1);
		String numberHolder = simulator.numberHolders().get("+12125550150");
		assertThat(simulator.user(numberHolder).phoneNumbers()).containsExactly("+12125550150");
		assertThat(simulator.users()).filteredOn((u) -> !u.phoneNumbers().isEmpty()).hasSize(1);
	}

	private static List<Integer> race(int n, IntFunction<HttpRequest.Builder> call) {
		List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			calls.add(zoom.client().sendAsync(call.apply(i).build(), HttpResponse.BodyHandlers.ofString()));
		}
		return calls.stream().map((c) -> c.join().statusCode()).toList();
	}

}

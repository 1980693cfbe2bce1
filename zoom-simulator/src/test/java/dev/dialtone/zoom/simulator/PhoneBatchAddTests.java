package dev.dialtone.zoom.simulator;

import java.util.List;

import dev.dialtone.zoom.simulator.ZoomHttp.Reply;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import dev.dialtone.zoom.simulator.ratelimit.RateLimiter.CategoryCount;
import dev.dialtone.zoom.simulator.seed.Behaviour;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /phone/users/batch}: validation, calling plans by name, site code or name,
 * numbers that must be unassigned, extensions that must be free, and the configurable
 * choices for what Zoom does not document.
 */
class PhoneBatchAddTests extends SimulatorTestSupport {

	@BeforeEach
	void world() {
		reseed(Seed.builder().plan("UNLIMITED").build());
	}

	@Test
	void addsEveryUserWithSiteExtensionPlansAndNumbers() {
		String ada = activeUser("ada@corp.example");
		String bo = activeUser("bo@corp.example");
		Reply reply = zoom.post("/phone/users/batch",
				"{\"users\":[" + entry("ada@corp.example", "1101", "+12125550100") + ","
						+ entry("bo@corp.example", "1102", "+12125550101").replace("\"site_code\":\"1\"",
								"\"site_name\":\"new york\"")
						+ "]}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		assertThat(reply.json().size()).isEqualTo(2);
		assertThat(reply.json().get(0).get("id").asString()).isEqualTo(ada);
		assertThat(reply.json().get(1).get("email").asString()).isEqualTo("bo@corp.example");
		SimulatedUser added = simulator.user(ada);
		assertThat(added.zoomPhone()).isTrue();
		assertThat(added.siteId()).isEqualTo("site-nyc-01");
		assertThat(added.extensionNumber()).isEqualTo("1101");
		assertThat(added.callingPlans()).containsExactly(200);
		assertThat(added.phoneNumbers()).containsExactly("+12125550100");
		assertThat(zoom.call("GET", "/phone/users/" + bo, null).json().get("extension_number").asLong())
			.isEqualTo(1102);
	}

	@Test
	void theAccountsOwnPlanNamesAreAcceptedToo() {
		String ada = activeUser("ada@corp.example");
		Reply reply = zoom.post("/phone/users/batch", "{\"users\":["
				+ entry("ada@corp.example", "1101", null).replace("US/CA Unlimited", "METERED_PLAN_US_CA") + "]}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		assertThat(simulator.user(ada).callingPlans()).containsExactly(100);
	}

	@Test
	void malformedEntriesAreRefusedWithTheirFieldsAndNobodyIsAdded() {
		String ada = activeUser("ada@corp.example");
		Reply reply = zoom.post("/phone/users/batch", "{\"users\":[" + entry("ada@corp.example", "1101", null)
				+ ",{\"email\":\"bo@corp.example\",\"extension_number\":\"x\",\"phone_numbers\":[\"555\"]}]}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("code").asInt()).isEqualTo(300);
		assertThat(reply.body()).contains("users[1].extension_number", "users[1].calling_plans",
				"users[1].phone_numbers", "users[1].site_code");
		assertThat(simulator.user(ada).zoomPhone()).isFalse();
	}

	@Test
	void moreThanTenUsersIsRefusedWithZoomsCode() {
		StringBuilder users = new StringBuilder();
		for (int i = 0; i < 11; i++) {
			users.append((i > 0) ? "," : "").append(entry("u" + i + "@corp.example", "11" + (10 + i), null));
		}
		Reply reply = zoom.post("/phone/users/batch", "{\"users\":[" + users + "]}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("code").asInt()).isEqualTo(400);
		assertThat(reply.json().get("message").asString()).isEqualTo("User size must be less than 10.");
	}

	@Test
	void byDefaultARejectedUserLeavesTheOthersAdded() {
		String ada = activeUser("ada@corp.example");
		String bo = activeUser("bo@corp.example");
		String cy = activeUser("cy@corp.example");
		activeUser("held@corp.example");
		zoom.post("/phone/users/batch", "{\"users\":[" + entry("held@corp.example", "1500", "+12125550150") + "]}");
		Reply reply = zoom.post("/phone/users/batch",
				"{\"users\":[" + entry("ada@corp.example", "1101", null) + "," + entry("bo@corp.example", "1500", null)
						+ "," + entry("cy@corp.example", "1103", "+12125550150") + ","
						+ entry("nobody@corp.example", "1104", null) + "]}");
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().size()).isEqualTo(1);
		assertThat(reply.json().get(0).get("id").asString()).isEqualTo(ada);
		assertThat(simulator.user(bo).zoomPhone()).isFalse();
		// everything a rejected entry had claimed is free again
		assertThat(simulator.user(cy).extensionNumber()).isNull();
		assertThat(simulator.extensionHolders()).doesNotContainKey("1103");
	}

	@Test
	void withoutPartialSuccessOneRejectedUserFailsTheBatchAndNamesIt() {
		reseed(Seed.builder()
			.plan("UNLIMITED")
			.behaviour(Behaviour.defaults().withBatch(false, "reject", "reject"))
			.build());
		String ada = activeUser("ada@corp.example");
		Reply reply = zoom.post("/phone/users/batch", "{\"users\":[" + entry("ada@corp.example", "1101", "+12125550100")
				+ "," + entry("nobody@corp.example", "1102", null) + "]}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("users[1].email");
		assertThat(simulator.user(ada).zoomPhone()).isFalse();
		assertThat(simulator.numberHolders()).doesNotContainKey("+12125550100");
		assertThat(simulator.extensionHolders()).doesNotContainKey("1101");
	}

	@Test
	void pendingUsersAndExistingPhoneUsersAreRejectedByDefault() {
		zoom.post("/users", "{\"action\":\"ssoCreate\",\"user_info\":{\"email\":\"pat@acquired.example\",\"type\":1}}");
		zoom.create("ssoCreate", "phone@corp.example");
		Reply reply = zoom.post("/phone/users/batch", "{\"users\":[" + entry("pat@acquired.example", "1101", null) + ","
				+ entry("phone@corp.example", "1102", null) + "]}");
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().size()).isZero();
		assertThat(simulator.user("phone@corp.example").extensionNumber()).isNull();
	}

	@Test
	void pendingUsersAndExistingPhoneUsersCanBeConfiguredIn() {
		reseed(Seed.builder()
			.plan("UNLIMITED")
			.behaviour(Behaviour.defaults().withBatch(true, "apply", "assign"))
			.build());
		zoom.post("/users", "{\"action\":\"ssoCreate\",\"user_info\":{\"email\":\"pat@acquired.example\",\"type\":1}}");
		zoom.create("ssoCreate", "phone@corp.example");
		Reply reply = zoom.post("/phone/users/batch", "{\"users\":[" + entry("pat@acquired.example", "1101", null) + ","
				+ entry("phone@corp.example", "1102", null) + "]}");
		assertThat(reply.json().size()).isEqualTo(2);
		assertThat(simulator.user("phone@corp.example").extensionNumber()).isEqualTo("1102");
		// a pending user holds the line but is no phone user until active
		assertThat(simulator.user("pat@acquired.example").zoomPhone()).isTrue();
		assertThat(zoom.call("GET", "/phone/users/pat@acquired.example", null).status()).isEqualTo(404);
	}

	@Test
	void theBatchChoicesAreSeedSettings() {
		Behaviour behaviour = Seed.fromYaml(
				"behaviour: { batchPartialSuccess: false, batchExistingPhoneUser: apply, batchPendingUser: assign }")
			.behaviour();
		assertThat(behaviour.batchPartialSuccess()).isFalse();
		assertThat(behaviour.batchExistingPhoneUser()).isEqualTo(Behaviour.APPLY);
		assertThat(behaviour.batchPendingUser()).isEqualTo(Behaviour.ASSIGN);
		assertThat(Seed.fromYaml("account: { plan: PRO }").behaviour().batchPartialSuccess()).isTrue();
	}

	@Test
	void countsAgainstThePhoneMediumBucket() {
		activeUser("ada@corp.example");
		long mediumBefore = phoneCalls("Medium");
		long lightBefore = phoneCalls("Light");
		zoom.post("/phone/users/batch", "{\"users\":[" + entry("ada@corp.example", "1101", null) + "]}");
		assertThat(phoneCalls("Medium")).isEqualTo(mediumBefore + 1);
		assertThat(phoneCalls("Light")).isEqualTo(lightBefore);
	}

	private static long phoneCalls(String category) {
		List<CategoryCount> counts = simulator.rateLimitCounts();
		return counts.stream()
			.filter((c) -> c.api().equals("phone") && c.category().equals(category))
			.mapToLong(CategoryCount::calls)
			.sum();
	}

	/** An active Zoom user without the Zoom Phone feature, as ssoCreate leaves one. */
	static String activeUser(String email) {
		Reply reply = zoom.post("/users", "{\"action\":\"ssoCreate\",\"user_info\":{\"email\":\"" + email
				+ "\",\"type\":1,\"first_name\":\"Test\",\"last_name\":\"User\"}}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json().get("id").asString();
	}

	static String entry(String email, String extension, String number) {
		return "{\"email\":\"" + email + "\",\"first_name\":\"Test\",\"last_name\":\"User\",\"extension_number\":\""
				+ extension + "\",\"calling_plans\":[\"US/CA Unlimited\"],\"site_code\":\"1\""
				+ ((number != null) ? ",\"phone_numbers\":[\"" + number + "\"]" : "") + "}";
	}

}

package dev.dialtone.zoom.simulator;

import java.util.Map;

import dev.dialtone.zoom.simulator.ZoomHttp.Reply;
import dev.dialtone.zoom.simulator.seed.Behaviour;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zoom Phone rules: who is a phone user, extensions, numbers, calling plans and sites.
 */
class PhoneProvisioningTests extends SimulatorTestSupport {

	@BeforeEach
	void reset() {
		reseed(Seed.builder()
			.site(new Seed.Site("site-lon-01", "London", "LON", 2, 2000, 2999, 200))
			.number("lon-1", "+442071234567", "site-lon-01")
			.build());
	}

	@Test
	void aFullHireGetsExtensionPlanAndNumber() {
		String id = zoom.create("ssoCreate", "ada@corp.example");
		assertThat(zoom.patch("/phone/users/" + id, "{\"extension_number\":\"1001\",\"site_id\":\"site-nyc-01\"}")
			.status()).isEqualTo(204);
		Reply plan = zoom.post("/phone/users/" + id + "/calling_plans", "{\"calling_plans\":[{\"type\":200}]}");
		assertThat(plan.status()).isEqualTo(200);
		assertThat(plan.body()).isEmpty();
		Reply number = zoom.post("/phone/users/" + id + "/phone_numbers",
				"{\"phone_numbers\":[{\"number\":\"+12125550100\"}]}");
		assertThat(number.status()).isEqualTo(200);
		assertThat(number.json().at("/phone_numbers/0/number").asString()).isEqualTo("+12125550100");
		Reply phoneUser = zoom.get("/phone/users/ada@corp.example");
		assertThat(phoneUser.json().get("extension_number").asLong()).isEqualTo(1001);
		assertThat(phoneUser.json().get("site_id").asString()).isEqualTo("site-nyc-01");
		assertThat(phoneUser.json().at("/calling_plans/0/type").asInt()).isEqualTo(200);
		assertThat(phoneUser.json().at("/phone_numbers/0/number").asString()).isEqualTo("+12125550100");
		assertThat(simulator.numberHolders()).containsEntry("+12125550100", id);
		assertThat(simulator.extensionHolders()).containsEntry("1001", id);
	}

	@Test
	void aUserWithoutTheZoomPhoneFeatureIsNoPhoneUserUntilEnabled() {
		Reply created = zoom.post("/users", "{\"action\":\"ssoCreate\",\"user_info\":{\"email\":\"bo@corp.example\"}}");
		String id = created.json().get("id").asString();
		assertThat(zoom.get("/phone/users/" + id).code()).isEqualTo(1001);
		assertThat(zoom.patch("/users/" + id, "{\"feature\":{\"zoom_phone\":true}}").status()).isEqualTo(204);
		assertThat(zoom.get("/phone/users/" + id).status()).isEqualTo(200);
	}

	@Test
	void inactiveUsersAreNotPhoneUsers() {
		String id = zoom.create("ssoCreate", "cy@corp.example");
		assertThat(zoom.put("/users/" + id + "/status", "{\"action\":\"deactivate\"}").status()).isEqualTo(204);
		assertThat(zoom.get("/phone/users/" + id).json().get("status").asString()).isEqualTo("deactivate");
		assertThat(zoom.put("/users/" + id + "/status", "{\"action\":\"activate\"}").status()).isEqualTo(204);
		assertThat(zoom.get("/phone/users/" + id).status()).isEqualTo(200);
	}

	@Test
	void anExtensionHeldByOneUserIsRefusedToAnother() {
		String first = zoom.create("ssoCreate", "dee@corp.example");
		String second = zoom.create("ssoCreate", "eve@corp.example");
		zoom.patch("/phone/users/" + first, "{\"extension_number\":\"1500\"}");
		Reply conflict = zoom.patch("/phone/users/" + second, "{\"extension_number\":\"1500\"}");
		assertThat(conflict.status()).isEqualTo(400);
		assertThat(conflict.code()).as("PATCH /phone/users lists 300, 405, 13800").isEqualTo(300);
		assertThat(conflict.json().get("message").asString()).isEqualTo("Extension number 1500 is already used.");
		assertThat(simulator.extensionHolders()).containsExactly(Map.entry("1500", first));
	}

	@Test
	void theExtensionConflictAnswerIsConfigurable() {
		Behaviour behaviour = new Behaviour(new Behaviour.ErrorChoice(409, 10001, "Extension {n} taken."), null, null,
				null, null, null, null, null, null, null);
		reseed(Seed.builder().behaviour(behaviour).build());
		zoom.patch("/phone/users/" + zoom.create("ssoCreate", "fay@corp.example"), "{\"extension_number\":\"1600\"}");
		Reply conflict = zoom.patch("/phone/users/" + zoom.create("ssoCreate", "gus@corp.example"),
				"{\"extension_number\":\"1600\"}");
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.code()).isEqualTo(10001);
		assertThat(conflict.json().get("message").asString()).isEqualTo("Extension 1600 taken.");
	}

	@Test
	void aNumberHeldByOneUserCannotBeAssignedToAnother() {
		String first = zoom.create("ssoCreate", "hal@corp.example");
		String second = zoom.create("ssoCreate", "ivy@corp.example");
		zoom.post("/phone/users/" + first + "/phone_numbers", "{\"phone_numbers\":[{\"id\":\"pn_12125550101\"}]}");
		Reply conflict = zoom.post("/phone/users/" + second + "/phone_numbers",
				"{\"phone_numbers\":[{\"number\":\"+12125550101\"}]}");
		assertThat(conflict.status()).isEqualTo(400);
		assertThat(conflict.code()).as("assigning numbers lists 400/300").isEqualTo(300);
		assertThat(simulator.numberHolders()).containsEntry("+12125550101", first).hasSize(1);
	}

	@Test
	void removingANumberReturnsItToTheUnassignedPool() {
		String id = zoom.create("ssoCreate", "jo@corp.example");
		zoom.post("/phone/users/" + id + "/phone_numbers", "{\"phone_numbers\":[{\"number\":\"+12125550102\"}]}");
		assertThat(zoom.get("/phone/numbers?type=unassigned&page_size=100&site_id=site-nyc-01").body())
			.doesNotContain("+12125550102");
		assertThat(zoom.delete("/phone/users/" + id + "/phone_numbers/+12125550102").status()).isEqualTo(204);
		assertThat(zoom.get("/phone/numbers?type=unassigned&page_size=100&site_id=site-nyc-01").body())
			.contains("+12125550102");
		assertThat(simulator.numberHolders()).isEmpty();
		assertThat(zoom.delete("/phone/users/" + id + "/phone_numbers/+12125550102").status()).isEqualTo(404);
	}

	@Test
	void numbersBelongToSites() {
		String id = zoom.create("ssoCreate", "kim@corp.example");
		Reply wrongSite = zoom.post("/phone/users/" + id + "/phone_numbers",
				"{\"phone_numbers\":[{\"number\":\"+442071234567\"}]}");
		assertThat(wrongSite.status()).isEqualTo(400);
		zoom.patch("/phone/users/" + id, "{\"site_id\":\"site-lon-01\",\"extension_number\":\"2001\"}");
		assertThat(zoom
			.post("/phone/users/" + id + "/phone_numbers", "{\"phone_numbers\":[{\"number\":\"+442071234567\"}]}")
			.status()).isEqualTo(200);
		Reply london = zoom.get("/phone/numbers?type=assigned&site_id=site-lon-01");
		assertThat(london.json().get("total_records").asInt()).isEqualTo(1);
		assertThat(london.json().at("/phone_numbers/0/assignee/id").asString()).isEqualTo(id);
	}

	@Test
	void unknownSiteAndUnknownNumberAreRefused() {
		String id = zoom.create("ssoCreate", "lou@corp.example");
		Reply unknownSite = zoom.patch("/phone/users/" + id, "{\"site_id\":\"nowhere\"}");
		assertThat(unknownSite.status()).isEqualTo(400);
		assertThat(unknownSite.code()).as("PATCH /phone/users lists 300, 405, 13800 for 400").isEqualTo(300);
		assertThat(zoom.post("/phone/users/" + id + "/phone_numbers", "{\"phone_numbers\":[{\"number\":\"+19999\"}]}")
			.status()).isEqualTo(400);
	}

	@Test
	void callingPlanTypesAreValidatedAgainstTheAccountsPlans() {
		String id = zoom.create("ssoCreate", "max@corp.example");
		Reply unknown = zoom.post("/phone/users/" + id + "/calling_plans", "{\"calling_plans\":[{\"type\":201}]}");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.code()).isEqualTo(300);
		zoom.post("/phone/users/" + id + "/calling_plans", "{\"calling_plans\":[{\"type\":100}]}");
		assertThat(
				zoom.put("/phone/users/" + id + "/calling_plans", "{\"source_type\":200,\"target_type\":100}").code())
			.isEqualTo(404);
		assertThat(
				zoom.put("/phone/users/" + id + "/calling_plans", "{\"source_type\":100,\"target_type\":200}").status())
			.isEqualTo(204);
		assertThat(zoom.get("/phone/users/" + id).json().at("/calling_plans/0/type").asInt()).isEqualTo(200);
		assertThat(zoom.delete("/phone/users/" + id + "/calling_plans/200").status()).isEqualTo(204);
		assertThat(zoom.delete("/phone/users/" + id + "/calling_plans/200").status()).isEqualTo(400);
	}

	@Test
	void licencesAreCountedAndFreedWhenTheUserLeaves() {
		reseed(Seed.builder().callingPlan(200, "UNLIMITED_PLAN_US_CA", 1).build());
		String first = zoom.create("ssoCreate", "ned@corp.example");
		String second = zoom.create("ssoCreate", "ola@corp.example");
		zoom.patch("/phone/users/" + first, "{\"extension_number\":\"1700\"}");
		zoom.post("/phone/users/" + first + "/phone_numbers", "{\"phone_numbers\":[{\"number\":\"+12125550103\"}]}");
		assertThat(
				zoom.post("/phone/users/" + first + "/calling_plans", "{\"calling_plans\":[{\"type\":200}]}").status())
			.isEqualTo(200);
		assertThat(
				zoom.post("/phone/users/" + second + "/calling_plans", "{\"calling_plans\":[{\"type\":200}]}").status())
			.isEqualTo(400);
		assertThat(zoom.get("/phone/calling_plans").body()).contains("\"assigned\":1", "\"available\":0");
		zoom.delete("/users/" + first + "?action=delete");
		assertThat(simulator.numberHolders()).isEmpty();
		assertThat(simulator.extensionHolders()).isEmpty();
		assertThat(
				zoom.post("/phone/users/" + second + "/calling_plans", "{\"calling_plans\":[{\"type\":200}]}").status())
			.isEqualTo(200);
	}

	@Test
	void listsPhoneUsersSitesAndPaginatesNumbers() {
		zoom.create("ssoCreate", "pia@corp.example");
		assertThat(zoom.get("/phone/users?site_id=site-nyc-01").json().get("total_records").asInt()).isEqualTo(1);
		assertThat(zoom.get("/phone/sites").json().at("/sites/0/site_code").asInt()).isEqualTo(1);
		Reply first = zoom.get("/phone/numbers?type=unassigned&site_id=site-nyc-01&page_size=100");
		assertThat(first.json().get("total_records").asInt()).isEqualTo(200);
		assertThat(first.json().get("phone_numbers").size()).isEqualTo(100);
		String token = first.json().get("next_page_token").asString();
		Reply second = zoom
			.get("/phone/numbers?type=unassigned&site_id=site-nyc-01&page_size=100&next_page_token=" + token);
		assertThat(second.json().get("phone_numbers").size()).isEqualTo(100);
		assertThat(second.json().get("next_page_token").asString()).isEmpty();
		assertThat(second.json().at("/phone_numbers/0/number").asString()).isEqualTo("+12125550200");
	}

}

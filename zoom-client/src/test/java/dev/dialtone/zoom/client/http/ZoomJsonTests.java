package dev.dialtone.zoom.client.http;

import dev.dialtone.zoom.client.phone.PhoneNumberPage;
import dev.dialtone.zoom.client.phone.PhoneUser;
import dev.dialtone.zoom.client.users.UserStatus;
import dev.dialtone.zoom.client.users.ZoomUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class ZoomJsonTests {

	private final JsonMapper json = ZoomJson.mapper();

	@Test
	void readsSnakeCaseUsersIgnoringFieldsItDoesNotKnow() {
		ZoomUser user = this.json.readValue("""
				{"id":"u1","email":"ada@corp.example","first_name":"Ada","status":"pending","verified":0,
				 "login_types":[101,100],"job_title":"Engineer","pmi":123,"cluster":"us06"}""", ZoomUser.class);
		assertThat(user.firstName()).isEqualTo("Ada");
		assertThat(user.isPending()).isTrue();
		assertThat(user.hasLoginType(ZoomUser.LOGIN_SSO)).isTrue();
		assertThat(user.jobTitle()).isEqualTo("Engineer");
	}

	@Test
	void anUnknownStatusOrAMissingOneBecomesUnknown() {
		assertThat(this.json.readValue("{\"id\":\"u1\",\"status\":\"suspended\"}", ZoomUser.class).status())
			.isEqualTo(UserStatus.UNKNOWN);
		ZoomUser bare = this.json.readValue("{\"id\":\"u1\"}", ZoomUser.class);
		assertThat(bare.status()).isEqualTo(UserStatus.UNKNOWN);
		assertThat(bare.loginTypes()).isEmpty();
	}

	@Test
	void readsPhoneUsersAndNumbers() {
		PhoneUser user = this.json.readValue("""
				{"id":"u1","extension_number":1001,"site_id":"s1","status":"activate",
				 "calling_plans":[{"type":200,"name":"US/CA Unlimited"}],
				 "phone_numbers":[{"id":"n1","number":"+12125550100"}]}""", PhoneUser.class);
		assertThat(user.extensionNumber()).isEqualTo(1001L);
		assertThat(user.hasCallingPlan(200)).isTrue();
		assertThat(user.hasNumber("+12125550100")).isTrue();
		PhoneNumberPage page = this.json.readValue("""
				{"next_page_token":"","page_size":100,"total_records":1,"phone_numbers":[{"id":"n1",
				 "number":"+12125550100","status":"available","site":{"id":"s1","name":"NYC"},
				 "assignee":{"id":"u1","name":"Ada","extension_number":1001,"type":"user"}}]}""",
				PhoneNumberPage.class);
		assertThat(page.hasNext()).isFalse();
		assertThat(page.phoneNumbers().get(0).isAssigned()).isTrue();
		assertThat(page.phoneNumbers().get(0).site().id()).isEqualTo("s1");
	}

}

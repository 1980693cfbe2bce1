package dev.dialtone.zoom.client.sim;

import java.util.List;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.phone.CallingPlan;
import dev.dialtone.zoom.client.phone.PhoneNumber;
import dev.dialtone.zoom.client.phone.PhoneNumberPage;
import dev.dialtone.zoom.client.phone.PhoneNumberQuery;
import dev.dialtone.zoom.client.phone.PhoneNumberRef;
import dev.dialtone.zoom.client.phone.PhoneUser;
import dev.dialtone.zoom.client.phone.PhoneUserQuery;
import dev.dialtone.zoom.client.phone.PhoneUserSummary;
import dev.dialtone.zoom.client.phone.PhoneUserUpdate;
import dev.dialtone.zoom.client.phone.Site;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PhoneSimulatorTests {

	private static final String SITE = "site-nyc-01";

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	// JUnit builds a new instance per test, so these initialisers reseed the shared
	// simulator before every test
	private final ZoomSimulator sim = Simulator.unlimited();

	private final ZoomClient zoom = Simulator.client(this.sim, this.registry);

	@Test
	void readsTheAccountsSitesCallingPlansAndNumberPool() {
		assertThat(this.zoom.phone().listSites(100, null).body().sites()).extracting(Site::id).containsExactly(SITE);
		assertThat(this.zoom.phone().listCallingPlans().body()).extracting(CallingPlan::type).contains(200, 100);
		PhoneNumberPage first = this.zoom.phone().listNumbers(PhoneNumberQuery.unassigned(SITE)).body();
		assertThat(first.phoneNumbers()).hasSize(100).noneMatch(PhoneNumber::isAssigned);
		assertThat(first.hasNext()).isTrue();
		PhoneNumberPage second = this.zoom.phone()
			.listNumbers(PhoneNumberQuery.unassigned(SITE).page(first.nextPageToken()))
			.body();
		assertThat(second.phoneNumbers()).hasSize(100);
		assertThat(second.phoneNumbers().get(0).number()).isNotEqualTo(first.phoneNumbers().get(0).number());
	}

	@Test
	void bringsAnActiveUsersPhoneToTheDesiredStateAndBackAgain() {
		String id = phoneUser("ada@corp.example");
		this.zoom.phone().updateUser(id, new PhoneUserUpdate("1001", SITE));
		this.zoom.phone().assignCallingPlans(id, List.of(200));
		List<PhoneNumberRef> assigned = this.zoom.phone()
			.assignPhoneNumbers(id, List.of(PhoneNumberRef.ofNumber("+12125550100")))
			.body();
		assertThat(assigned).extracting(PhoneNumberRef::number).containsExactly("+12125550100");

		PhoneUser user = this.zoom.phone().getUser(id).body();
		assertThat(user.extensionNumber()).isEqualTo(1001L);
		assertThat(user.siteId()).isEqualTo(SITE);
		assertThat(user.hasCallingPlan(200)).isTrue();
		assertThat(user.hasNumber("+12125550100")).isTrue();
		assertThat(this.zoom.phone().listUsers(PhoneUserQuery.all().withSite(SITE)).body().users())
			.extracting(PhoneUserSummary::id)
			.contains(id);
		assertThat(this.sim.numberHolders()).containsEntry("+12125550100", id);

		this.zoom.phone().removePhoneNumber(id, "+12125550100");
		this.zoom.phone().removeCallingPlan(id, 200);
		PhoneUser stripped = this.zoom.phone().getUser(id).body();
		assertThat(stripped.phoneNumbers()).isEmpty();
		assertThat(stripped.callingPlans()).isEmpty();
		assertThat(this.sim.numberHolders()).doesNotContainKey("+12125550100");
	}

	@Test
	void anExtensionHeldByAnotherUserIsRejected() {
		String first = phoneUser("first@corp.example");
		String second = phoneUser("second@corp.example");
		this.zoom.phone().updateUser(first, PhoneUserUpdate.extension("1500"));
		ZoomApiException ex = catchThrowableOfType(ZoomApiException.class,
				() -> this.zoom.phone().updateUser(second, PhoneUserUpdate.extension("1500")));
		assertThat(ex.status()).isEqualTo(400);
		assertThat(ex.isRetryable()).isFalse();
		assertThat(this.sim.extensionHolders()).containsEntry("1500", first);
	}

	@Test
	void aNumberHeldByAnotherUserCannotBeAssignedTwice() {
		String first = phoneUser("one@corp.example");
		String second = phoneUser("two@corp.example");
		this.zoom.phone().assignPhoneNumbers(first, List.of(PhoneNumberRef.ofNumber("+12125550101")));
		ZoomApiException ex = catchThrowableOfType(ZoomApiException.class,
				() -> this.zoom.phone().assignPhoneNumbers(second, List.of(PhoneNumberRef.ofNumber("+12125550101"))));
		assertThat(ex.isRetryable()).isFalse();
		assertThat(ex.zoomMessage()).isNotBlank();
		assertThat(this.sim.numberHolders()).containsEntry("+12125550101", first);
	}

	@Test
	void recordsEveryCallUnderItsTemplatedEndpointSoNoEmailEndsUpInATag() {
		String id = phoneUser("metrics@corp.example");
		this.zoom.phone().getUser("metrics@corp.example");
		this.zoom.phone().getUser(id);
		assertThat(this.registry.get("dialtone.zoom.calls")
			.tags("endpoint", "/phone/users/{userId}", "method", "GET", "status", "200", "outcome", "SUCCESS")
			.timer()
			.count()).isEqualTo(2);
		assertThat(this.registry.getMeters()).allSatisfy(
				(meter) -> assertThat(meter.getId().getTags()).noneMatch((tag) -> tag.getValue().contains("@")));
	}

	private String phoneUser(String email) {
		String id = this.zoom.users()
			.create(CreateUserRequest.ssoCreate(email, "Test", "User").withZoomPhone(true))
			.body()
			.id();
		this.zoom.phone().updateUser(id, PhoneUserUpdate.site(SITE));
		return id;
	}

}

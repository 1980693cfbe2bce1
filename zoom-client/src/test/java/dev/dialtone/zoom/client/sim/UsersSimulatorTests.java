package dev.dialtone.zoom.client.sim;

import java.util.Optional;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomErrorKind;
import dev.dialtone.zoom.client.ZoomResponse;
import dev.dialtone.zoom.client.users.CreateAction;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.client.users.CreatedUser;
import dev.dialtone.zoom.client.users.DeleteAction;
import dev.dialtone.zoom.client.users.StatusAction;
import dev.dialtone.zoom.client.users.UserStatus;
import dev.dialtone.zoom.client.users.UserUpdate;
import dev.dialtone.zoom.client.users.ZoomUser;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UsersSimulatorTests {

	// JUnit builds a new instance per test, so these initialisers reseed the shared
	// simulator before every test
	private final ZoomSimulator sim = Simulator.unlimited();

	private final ZoomClient zoom = Simulator.client(this.sim, new SimpleMeterRegistry());

	@Test
	void ssoCreateOnAVerifiedDomainGivesAnActiveSsoUser() {
		ZoomResponse<CreatedUser> created = this.zoom.users()
			.create(CreateUserRequest.ssoCreate("ada.lovelace@corp.example", "Ada", "Lovelace"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.trackingId()).isNotBlank();
		assertThat(created.attempts()).isEqualTo(1);
		ZoomUser user = this.zoom.users().get(created.body().id()).body();
		assertThat(user.isActive()).isTrue();
		assertThat(user.hasLoginType(ZoomUser.LOGIN_SSO)).isTrue();
		assertThat(user.email()).isEqualTo("ada.lovelace@corp.example");
	}

	@Test
	void ssoCreateOnAnUnverifiedDomainGivesAPendingUserThatPhonePathsDoNotKnow() {
		CreatedUser created = this.zoom.users()
			.create(CreateUserRequest.ssoCreate("grace@acquired.example", "Grace", "Hopper"))
			.body();
		assertThat(this.zoom.users().get("grace@acquired.example").body().status()).isEqualTo(UserStatus.PENDING);
		ZoomApiException phone = catchThrowableOfType(ZoomApiException.class,
				() -> this.zoom.phone().getUser(created.id()));
		assertThat(phone.isUserNotFound()).isTrue();
		assertThat(phone.status()).isEqualTo(404);
		assertThat(phone.isRetryable()).isFalse();
	}

	@Test
	void theSettingsReadTellsAPendingUserFromAnActiveOneOnTheMediumBudget() {
		String active = this.zoom.users()
			.create(CreateUserRequest.ssoCreate("katherine@corp.example", "Katherine", "Johnson"))
			.body()
			.id();
		String pending = this.zoom.users()
			.create(CreateUserRequest.ssoCreate("dorothy@acquired.example", "Dorothy", "Vaughan"))
			.body()
			.id();

		ZoomResponse<UserStatus> activeRead = this.zoom.users().statusFromSettings(active);
		assertThat(activeRead.body()).isEqualTo(UserStatus.ACTIVE);
		assertThat(activeRead.status()).isEqualTo(200);
		ZoomResponse<UserStatus> pendingRead = this.zoom.users().statusFromSettings(pending);
		assertThat(pendingRead.body()).isEqualTo(UserStatus.PENDING);
		assertThat(pendingRead.status()).isEqualTo(400);
		assertThat(pendingRead.trackingId()).isNotBlank();
		assertThat(this.zoom.users().get(pending).body().status()).isEqualTo(UserStatus.PENDING);
		ZoomApiException missing = catchThrowableOfType(ZoomApiException.class,
				() -> this.zoom.users().statusFromSettings("nobody-at-all"));
		assertThat(missing.isNotFound()).isTrue();
		assertThat(this.sim.requestLog()).extracting((e) -> e.endpoint())
			.filteredOn((e) -> e != null && e.startsWith("GET /users/{userId}/settings"))
			.hasSize(3);
	}

	@Test
	void creatingAnEmailAlreadyInTheAccountIsDistinguishableSoItCanBeAdopted() {
		CreateUserRequest request = CreateUserRequest.ssoCreate("alan@corp.example", "Alan", "Turing");
		this.zoom.users().create(request);
		ZoomApiException duplicate = catchThrowableOfType(ZoomApiException.class,
				() -> this.zoom.users().create(request));
		assertThat(duplicate.isAlreadyExists()).isTrue();
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.zoomCode()).contains(1005);
		assertThat(duplicate.trackingId()).isPresent();
		assertThat(duplicate.isRetryable()).isFalse();
		assertThat(this.sim.usersByStatus()).containsEntry("active", 1L);
	}

	@Test
	void ssoCreateWithPreProvisioningOffIsRejectedWith2002() {
		this.sim.setPreProvisioning(false);
		ZoomApiException ex = catchThrowableOfType(ZoomApiException.class, () -> this.zoom.users()
			.create(CreateUserRequest.ssoCreate("edsger@corp.example", "Edsger", "Dijkstra")));
		assertThat(ex.kind()).isEqualTo(ZoomErrorKind.REJECTED);
		assertThat(ex.zoomCode()).contains(2002);
	}

	@Test
	void theCreateActionLeavesTheUserPendingUntilTheyConfirm() {
		CreateUserRequest request = CreateUserRequest.ssoCreate("barbara@corp.example", "Barbara", "Liskov")
			.withAction(CreateAction.CREATE);
		this.zoom.users().create(request);
		assertThat(this.zoom.users().get("barbara@corp.example").body().isPending()).isTrue();
		this.sim.activate("barbara@corp.example");
		assertThat(this.zoom.users().get("barbara@corp.example").body().isActive()).isTrue();
	}

	@Test
	void anUnknownUserIsNotFoundAndFindSaysSoWithoutThrowing() {
		ZoomApiException ex = catchThrowableOfType(ZoomApiException.class,
				() -> this.zoom.users().get("nobody@corp.example"));
		assertThat(ex.isNotFound()).isTrue();
		assertThat(ex.zoomCode()).contains(1001);
		ZoomResponse<Optional<ZoomUser>> found = this.zoom.users().find("nobody@corp.example");
		assertThat(found.body()).isEmpty();
		assertThat(found.status()).isEqualTo(404);
	}

	@Test
	void updatesNamesDepartmentJobTitleAndZoomPhone() {
		String id = ssoCreate("ken@corp.example", "Ken", "Thompson");
		ZoomResponse<Void> updated = this.zoom.users()
			.update(id,
					UserUpdate.none()
						.withNames("Kenneth", "Thompson")
						.withDept("Research")
						.withJobTitle("Engineer")
						.withZoomPhone(true));
		assertThat(updated.status()).isEqualTo(204);
		ZoomUser user = this.zoom.users().get(id).body();
		assertThat(user.firstName()).isEqualTo("Kenneth");
		assertThat(user.dept()).isEqualTo("Research");
		assertThat(user.jobTitle()).isEqualTo("Engineer");
		assertThat(this.sim.user(id).zoomPhone()).isTrue();
	}

	@Test
	void deactivatesReactivatesAndDisassociates() {
		String id = ssoCreate("dennis@corp.example", "Dennis", "Ritchie");
		this.zoom.users().updateStatus(id, StatusAction.DEACTIVATE);
		assertThat(this.zoom.users().get(id).body().status()).isEqualTo(UserStatus.INACTIVE);
		this.zoom.users().updateStatus(id, StatusAction.ACTIVATE);
		assertThat(this.zoom.users().get(id).body().isActive()).isTrue();
		assertThat(this.zoom.users().delete(id, DeleteAction.DISASSOCIATE).status()).isEqualTo(204);
		assertThat(this.zoom.users().find(id).body()).isEmpty();
	}

	@Test
	void theEmailCheckAndManagedDomainsReadTheAccount() {
		assertThat(this.zoom.users().emailExists("nobody@corp.example").body()).isFalse();
		var domains = this.zoom.accounts().managedDomains().body();
		assertThat(domains.isVerifiedFor("ada@corp.example")).isTrue();
		assertThat(domains.isVerifiedFor("grace@acquired.example")).isFalse();
		assertThat(domains.find("acquired.example")).isPresent();
		assertThat(domains.find("typo-corp.example")).isEmpty();
	}

	private String ssoCreate(String email, String first, String last) {
		return this.zoom.users().create(CreateUserRequest.ssoCreate(email, first, last)).body().id();
	}

}

package dev.dialtone.zoom.client.sim;

import java.util.List;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.phone.PhoneNumberQuery;
import dev.dialtone.zoom.client.phone.PhoneNumberRef;
import dev.dialtone.zoom.client.phone.PhoneUserPage;
import dev.dialtone.zoom.client.phone.PhoneUserQuery;
import dev.dialtone.zoom.client.phone.PhoneUserUpdate;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.client.users.StatusAction;
import dev.dialtone.zoom.client.users.UserUpdate;
import dev.dialtone.zoom.client.users.ZoomUser;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The real client against the simulator where it now answers as Zoom documents: the work
 * email change, deactivated phone users, the keyword filter, {@code me}, conflicts.
 */
class DocumentedBehaviourSimulatorTests {

	private final ZoomSimulator sim = Simulator
		.seeded(Seed.builder().plan("UNLIMITED").owner("owner@corp.example").build());

	private final ZoomClient zoom = Simulator.client(this.sim, new SimpleMeterRegistry());

	@Test
	void changeEmailMovesTheSameUserToTheNewEmail() {
		String id = create("ada@corp.example");
		assertThat(this.zoom.users().changeEmail(id, "ada.byron@corp.example").status()).isEqualTo(204);
		ZoomUser user = this.zoom.users().get(id).body();
		assertThat(user.email()).isEqualTo("ada.byron@corp.example");
		assertThat(user.isActive()).isTrue();
		assertThat(this.zoom.users().find("ada@corp.example").body()).isEmpty();
	}

	@Test
	void changeEmailToAnEmailInUseOrOnAnUnmanagedDomainIsRefused() {
		String id = create("bob@corp.example");
		create("taken@corp.example");
		ZoomApiException inUse = catchThrowableOfType(ZoomApiException.class,
				() -> this.zoom.users().changeEmail(id, "taken@corp.example"));
		assertThat(inUse.isAlreadyExists()).isTrue();
		assertThat(inUse.zoomCode()).contains(1005);
		ZoomApiException unmanaged = catchThrowableOfType(ZoomApiException.class,
				() -> this.zoom.users().changeEmail(id, "bob@typo-corp.example"));
		assertThat(unmanaged.zoomCode()).contains(1116);
		assertThat(unmanaged.isRetryable()).isFalse();
	}

	@Test
	void aDeactivatedPhoneUserIsListedAsDeactivateAndItsNumberCanBeReleased() {
		String id = create("cy@corp.example");
		this.zoom.phone().updateUser(id, PhoneUserUpdate.extension("1301"));
		this.zoom.phone().assignPhoneNumbers(id, List.of(PhoneNumberRef.ofNumber("+12125550120")));
		this.zoom.users().updateStatus(id, StatusAction.DEACTIVATE);
		assertThat(this.zoom.phone().getUser(id).body().status()).isEqualTo("deactivate");
		PhoneUserPage deactivated = this.zoom.phone()
			.listUsers(new PhoneUserQuery(null, "deactivate", null, 100, null))
			.body();
		assertThat(deactivated.users()).singleElement()
			.satisfies((u) -> assertThat(u.status()).isEqualTo("deactivate"));
		assertThat(this.zoom.phone().removePhoneNumber(id, "+12125550120").status()).isEqualTo(204);
		assertThat(this.sim.numberHolders()).isEmpty();
	}

	@Test
	void keywordFindsTheExtensionHolder() {
		String id = create("dee@corp.example");
		create("eve@corp.example");
		this.zoom.phone().updateUser(id, PhoneUserUpdate.extension("1302"));
		assertThat(this.zoom.phone().listUsers(PhoneUserQuery.all().withKeyword("1302")).body().users()).singleElement()
			.satisfies((u) -> assertThat(u.id()).isEqualTo(id));
	}

	@Test
	void extensionTypeUserListsTheNumbersUsersHoldAndOtherHoldersNone() {
		String id = create("hal@corp.example");
		this.zoom.phone().assignPhoneNumbers(id, List.of(PhoneNumberRef.ofNumber("+12125550130")));
		PhoneNumberQuery users = PhoneNumberQuery.assignedToUsers(null);
		assertThat(this.zoom.phone().listNumbers(users).body().phoneNumbers()).singleElement()
			.satisfies((n) -> assertThat(n.number()).isEqualTo("+12125550130"));
		assertThat(this.zoom.phone()
			.listNumbers(users.holders(PhoneNumberQuery.ExtensionType.CALL_QUEUE))
			.body()
			.phoneNumbers()).isEmpty();
	}

	@Test
	void assigningANumberToAnUnknownUserIsNotFoundWithTheSpecsText() {
		ZoomApiException unknown = catchThrowableOfType(ZoomApiException.class, () -> this.zoom.phone()
			.assignPhoneNumbers("nobody@corp.example", List.of(PhoneNumberRef.ofNumber("+12125550131"))));
		assertThat(unknown.isUserNotFound()).isTrue();
		assertThat(unknown.zoomMessage()).isEqualTo("This user does not exist: nobody@corp.example.");
	}

	@Test
	void meIsTheAccountOwner() {
		assertThat(this.zoom.users().get("me").body().email()).isEqualTo("owner@corp.example");
	}

	@Test
	void aTakenExtensionIsRejectedWithTheSpecsCode() {
		String first = create("fay@corp.example");
		String second = create("gus@corp.example");
		this.zoom.phone().updateUser(first, PhoneUserUpdate.extension("1303"));
		ZoomApiException taken = catchThrowableOfType(ZoomApiException.class,
				() -> this.zoom.phone().updateUser(second, PhoneUserUpdate.extension("1303")));
		assertThat(taken.status()).isEqualTo(400);
		assertThat(taken.zoomCode()).contains(300);
	}

	private String create(String email) {
		String id = this.zoom.users().create(CreateUserRequest.ssoCreate(email, "First", "Last")).body().id();
		this.zoom.users().update(id, UserUpdate.none().withZoomPhone(true));
		return id;
	}

}

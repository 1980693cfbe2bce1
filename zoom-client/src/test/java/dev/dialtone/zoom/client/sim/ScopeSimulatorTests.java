package dev.dialtone.zoom.client.sim;

import java.util.List;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomEndpoint;
import dev.dialtone.zoom.client.ZoomErrorKind;
import dev.dialtone.zoom.client.phone.PhoneNumberRef;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.client.users.UserUpdate;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The real client against a simulated Server-to-Server app that lacks a scope: a typed
 * error naming the scope, sent once, and the next call after the grant succeeds.
 */
class ScopeSimulatorTests {

	private final ZoomSimulator sim = Simulator
		.seeded(Seed.builder().plan("UNLIMITED").withoutScope("phone:write:admin").build());

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final ZoomClient zoom = Simulator.client(this.sim, this.registry);

	@Test
	void aMissingScopeIsATypedErrorNamingTheScopeAndIsSentOnce() {
		String id = create("ada@corp.example");
		this.sim.clearRequestLog();
		ZoomApiException refused = catchThrowableOfType(ZoomApiException.class,
				() -> this.zoom.phone().assignPhoneNumbers(id, List.of(PhoneNumberRef.ofNumber("+12125550100"))));
		assertThat(refused.kind()).isEqualTo(ZoomErrorKind.MISSING_SCOPE);
		assertThat(refused.isRetryable()).isFalse();
		assertThat(refused.endpoint()).isEqualTo(ZoomEndpoint.ASSIGN_PHONE_NUMBERS);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.zoomCode()).contains(4711);
		assertThat(refused.missingScopes()).containsExactly("phone:write:user_number", "phone:write:user_number:admin");
		assertThat(refused.attempts()).isEqualTo(1);
		assertThat(this.sim.requestLog()).filteredOn((e) -> e.path().startsWith("/v2/")).hasSize(1);
		assertThat(this.registry.find("dialtone.zoom.calls").tag("outcome", "MISSING_SCOPE").timer())
			.as("metered as a scope refusal")
			.isNotNull();
		assertThat(this.sim.numberHolders()).isEmpty();
	}

	@Test
	void onceTheAdminGrantsTheScopeTheNextCallGetsATokenWithItAndSucceeds() {
		String id = create("bob@corp.example");
		catchThrowableOfType(ZoomApiException.class,
				() -> this.zoom.phone().assignPhoneNumbers(id, List.of(PhoneNumberRef.ofNumber("+12125550101"))));
		this.sim.setGrantedScopes(Seed.Credentials.DEFAULT_SCOPES);
		assertThat(this.zoom.phone().assignPhoneNumbers(id, List.of(PhoneNumberRef.ofNumber("+12125550101"))).status())
			.isEqualTo(200);
		assertThat(this.sim.numberHolders()).containsEntry("+12125550101", id);
	}

	private String create(String email) {
		String id = this.zoom.users().create(CreateUserRequest.ssoCreate(email, "First", "Last")).body().id();
		this.zoom.users().update(id, UserUpdate.none().withZoomPhone(true));
		return id;
	}

}

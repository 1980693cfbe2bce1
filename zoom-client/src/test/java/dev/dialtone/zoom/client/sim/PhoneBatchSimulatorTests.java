package dev.dialtone.zoom.client.sim;

import java.util.List;
import java.util.stream.IntStream;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomEndpoint;
import dev.dialtone.zoom.client.phone.BatchAddResult;
import dev.dialtone.zoom.client.phone.BatchPhoneUser;
import dev.dialtone.zoom.client.phone.CallingPlanNames;
import dev.dialtone.zoom.client.phone.PhoneUser;
import dev.dialtone.zoom.client.ratelimit.ApiFamily;
import dev.dialtone.zoom.client.ratelimit.RateCategory;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.control.RequestLogEntry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@code zoom.phone().batchAddUsers(...)} through the real client against the simulator.
 */
class PhoneBatchSimulatorTests {

	private final ZoomSimulator sim = Simulator.unlimited();

	private final ZoomClient zoom = Simulator.client(this.sim, new SimpleMeterRegistry());

	@Test
	void addsActiveUsersAsPhoneUsersInOneMediumCall() {
		String ada = activeUser("ada@corp.example");
		activeUser("bo@corp.example");
		this.sim.clearRequestLog();
		BatchAddResult result = this.zoom.phone()
			.batchAddUsers(
					List.of(entry("ada@corp.example", "1301", "+12125550100"), entry("BO@corp.example", "1302", null)))
			.body();
		assertThat(result.added()).extracting(BatchAddResult.AddedUser::id).hasSize(2).contains(ada);
		assertThat(result.notAdded()).isEmpty();
		assertThat(result.added("bo@corp.example")).isPresent();
		PhoneUser line = this.zoom.phone().getUser(ada).body();
		assertThat(line.extensionNumber()).isEqualTo(1301L);
		assertThat(line.hasCallingPlan(200)).isTrue();
		assertThat(line.hasNumber("+12125550100")).isTrue();
		assertThat(this.sim.requestLog()).extracting(RequestLogEntry::endpoint)
			.containsExactly("POST /phone/users/batch", "GET /phone/users/{userId}");
		assertThat(ZoomEndpoint.BATCH_ADD_PHONE_USERS.family()).isEqualTo(ApiFamily.PHONE);
		assertThat(ZoomEndpoint.BATCH_ADD_PHONE_USERS.category()).isEqualTo(RateCategory.MEDIUM);
	}

	@Test
	void anEntryZoomDidNotAddIsReportedAsNotAdded() {
		activeUser("ada@corp.example");
		activeUser("bo@corp.example");
		this.zoom.phone().batchAddUsers(List.of(entry("ada@corp.example", "1301", null)));
		activeUser("cy@corp.example");
		BatchAddResult result = this.zoom.phone()
			.batchAddUsers(List.of(entry("bo@corp.example", "1301", null), entry("cy@corp.example", "1303", null)))
			.body();
		assertThat(result.notAdded()).containsExactly("bo@corp.example");
		assertThat(result.added()).extracting(BatchAddResult.AddedUser::email).containsExactly("cy@corp.example");
		assertThat(result.added("bo@corp.example")).isEmpty();
	}

	@Test
	void aRefusedRequestIsAZoomApiExceptionAndTheClientRefusesOversizedBatches() {
		ZoomApiException refused = catchThrowableOfType(ZoomApiException.class,
				() -> this.zoom.phone().batchAddUsers(List.of(entry("ada@corp.example", "x", null))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.zoomCode()).contains(300);
		List<BatchPhoneUser> eleven = IntStream.range(0, 11)
			.mapToObj((i) -> entry("u" + i + "@corp.example", "14" + (10 + i), null))
			.toList();
		assertThatIllegalArgumentException().isThrownBy(() -> this.zoom.phone().batchAddUsers(eleven));
	}

	private String activeUser(String email) {
		return this.zoom.users().create(CreateUserRequest.ssoCreate(email, "Test", "User")).body().id();
	}

	private static BatchPhoneUser entry(String email, String extension, String number) {
		return new BatchPhoneUser(email, "Test", "User", extension, List.of(CallingPlanNames.of(200).orElseThrow()),
				"1", null, (number != null) ? List.of(number) : List.of());
	}

}

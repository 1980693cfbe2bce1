package dev.dialtone.worker.flow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.StepResult;
import dev.dialtone.worker.phone.PhoneBatcher;
import dev.dialtone.worker.support.Events;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.phone.PhoneUserUpdate;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.simulator.control.RequestLogEntry;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hires through the real pipeline (broker, registry, worker, simulator) are collected
 * across lanes into {@code POST /phone/users/batch}; a user the batch does not add gets
 * the per-user calls, and only that user.
 */
class PhoneBatchFlowTests extends FlowTestBase {

	@Autowired
	ZoomClient zoom;

	@Test
	void hiresArrivingTogetherShareBatchesAndOneBadUserFallsBackAlone() {
		List<String> ids = freshPeople("PBF", 8);
		String bad = ids.get(3);
		String taken = firstCandidate(bad);
		String holder = this.zoom.users()
			.create(CreateUserRequest.ssoCreate("pbf.holder@corp.example", "Held", "Extension").withZoomPhone(true))
			.body()
			.id();
		this.zoom.phone().updateUser(holder, new PhoneUserUpdate(taken, "site-nyc-01"));

		List<IdentityEvent> events = new ArrayList<>();
		for (String id : ids) {
			events.add(pipeline.publish(Events.hire(id, email(id))));
		}
		List<ProvisioningOutcome> outcomes = events.stream().map(FlowTestBase::outcomeOf).toList();

		assertThat(outcomes).allSatisfy((o) -> assertThat(o.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY));
		List<RequestLogEntry> batches = simulator.requestLog()
			.stream()
			.filter((e) -> "POST /phone/users/batch".equals(e.endpoint()))
			.filter((e) -> ids.stream().anyMatch((id) -> e.body().contains(email(id))))
			.toList();
		assertThat(batches).anySatisfy((e) -> assertThat(ours(e, ids)).isGreaterThan(1));
		for (ProvisioningOutcome outcome : outcomes) {
			String id = outcome.getPerson().getEmployeeId();
			SimulatedUser user = simulator.user(email(id));
			StepResult batch = outcome.getSteps()
				.stream()
				.filter((s) -> s.getName().equals(PhoneBatcher.STEP))
				.findFirst()
				.orElseThrow();
			if (id.equals(bad)) {
				assertThat(batch.getDetail()).contains("not added");
				assertThat(user.extensionNumber()).isNotEqualTo(taken);
				assertThat(perUserPhoneCalls(user.id())).contains("PATCH /phone/users/{userId}",
						"POST /phone/users/{userId}/calling_plans", "POST /phone/users/{userId}/phone_numbers");
			}
			else {
				assertThat(batch.getDetail()).contains(", added");
				assertThat(perUserPhoneCalls(user.id())).isEmpty();
				assertThat(user.extensionNumber()).isEqualTo(firstCandidate(id));
			}
			assertThat(user.callingPlans()).containsExactly(200);
			assertThat(user.phoneNumbers()).hasSize(1);
		}
		assertThat(simulator.extensionHolders()).containsEntry(taken, holder);
	}

	private static String email(String id) {
		return id.toLowerCase() + "@corp.example";
	}

	private static long ours(RequestLogEntry batch, List<String> ids) {
		return ids.stream().filter((id) -> batch.body().contains(email(id))).count();
	}

	private static List<String> perUserPhoneCalls(String userId) {
		return simulator.requestLog()
			.stream()
			.filter((e) -> e.endpoint() != null && e.endpoint().contains("/phone/users/{userId}"))
			.filter((e) -> e.path().contains(userId))
			.map(RequestLogEntry::endpoint)
			.toList();
	}

	/**
	 * Employee ids whose first extension candidates differ from each other and from every
	 * extension other test classes' hires hold on the shared simulator.
	 */
	private static List<String> freshPeople(String prefix, int count) {
		Map<String, String> held = simulator.extensionHolders();
		List<String> ids = new ArrayList<>();
		Set<String> extensions = new HashSet<>(held.keySet());
		for (int i = 0; ids.size() < count; i++) {
			String id = prefix + "-" + i;
			if (extensions.add(firstCandidate(id))) {
				ids.add(id);
			}
		}
		return ids;
	}

	/** The allocator's deterministic start for site NYC (1000-1999). */
	private static String firstCandidate(String employeeId) {
		CRC32 crc = new CRC32();
		crc.update(employeeId.getBytes(StandardCharsets.UTF_8));
		return Integer.toString(1000 + Math.floorMod((int) crc.getValue(), 1000));
	}

}

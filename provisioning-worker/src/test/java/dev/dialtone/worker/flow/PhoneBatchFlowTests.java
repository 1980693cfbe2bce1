package dev.dialtone.worker.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.StepResult;
import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.worker.phone.LineAllocator;
import dev.dialtone.worker.phone.PhoneBatcher;
import dev.dialtone.worker.ratelimit.PartitionOwnership;
import dev.dialtone.worker.support.Events;
import dev.dialtone.worker.support.PredictedExtensions;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.phone.PhoneUserQuery;
import dev.dialtone.zoom.client.phone.PhoneUserSummary;
import dev.dialtone.zoom.client.phone.PhoneUserUpdate;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.simulator.control.RequestLogEntry;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hires through the real pipeline (broker, registry, worker, simulator) are collected
 * across lanes into {@code POST /phone/users/batch}; a user the batch does not add gets
 * the per-user calls, and only that user.
 */
class PhoneBatchFlowTests extends FlowTestBase {

	private static final String BOSTON_SITE_ID = "site-bos-01";

	@Autowired
	ZoomClient zoom;

	@Autowired
	LineAllocator allocator;

	@Autowired
	PartitionOwnership ownership;

	@Autowired
	WorkerProperties properties;

	/**
	 * The bad user: the extension the worker's allocator will offer them is taken by a
	 * phone user of another site (Boston). Extensions are unique in the whole account,
	 * but the NYC listing the allocator reads shows only NYC's phone users, so the
	 * candidate looks free there (a holder NYC's list shows is never offered). The
	 * candidate is what the allocator bean itself answers for that employee.
	 */
	@Test
	void hiresArrivingTogetherShareBatchesAndOneBadUserFallsBackAlone() {
		Map<String, String> predicted = freshPeople("PBF", 8);
		List<String> ids = List.copyOf(predicted.keySet());
		String bad = ids.get(3);
		String taken = predicted.get(bad);
		String holder = this.zoom.users()
			.create(CreateUserRequest.ssoCreate("pbf.holder@corp.example", "Held", "Extension").withZoomPhone(true))
			.body()
			.id();
		this.zoom.phone().updateUser(holder, new PhoneUserUpdate(taken, BOSTON_SITE_ID));
		PhoneUserQuery nycHolders = PhoneUserQuery.all().withSite(nyc().zoomSiteId()).withKeyword(taken);
		assertThat(this.zoom.phone().listUsers(nycHolders).body().users()).extracting(PhoneUserSummary::id)
			.doesNotContain(holder);

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
				assertThat(Integer.parseInt(user.extensionNumber())).isBetween(1000, 1999);
				assertThat(perUserPhoneCalls(user.id())).contains("PATCH /phone/users/{userId}",
						"POST /phone/users/{userId}/calling_plans", "POST /phone/users/{userId}/phone_numbers");
			}
			else {
				assertThat(batch.getDetail()).contains(", added");
				assertThat(perUserPhoneCalls(user.id())).isEmpty();
				assertThat(user.extensionNumber()).isEqualTo(predicted.get(id));
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
	 * @return employee id → the extension the worker's allocator would reserve for them
	 * now, all different (so only the planted conflict conflicts)
	 */
	private Map<String, String> freshPeople(String prefix, int count) {
		// the slices follow the partition count the worker learns on assignment
		await().atMost(Duration.ofSeconds(60)).until(() -> this.ownership.ownedCount() > 0);
		return PredictedExtensions.distinct(this.allocator, nyc(), prefix, count);
	}

	private WorkerProperties.Site nyc() {
		return this.properties.sites().get("NYC");
	}

}

package dev.dialtone.worker.account;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.StepResult;
import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.worker.ledger.EmailOwners;
import dev.dialtone.worker.ledger.KnownZoomUsers;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.phone.LineAllocator;
import dev.dialtone.worker.phone.PhoneBatcher;
import dev.dialtone.worker.phone.PhoneProvisioner;
import dev.dialtone.worker.step.RetryPolicy;
import dev.dialtone.worker.step.StepTimer;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.worker.support.Events;
import dev.dialtone.worker.support.PredictedExtensions;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomClientProperties;
import dev.dialtone.zoom.client.phone.PhoneUserUpdate;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.control.RequestLogEntry;
import dev.dialtone.zoom.simulator.seed.Behaviour;
import dev.dialtone.zoom.simulator.seed.Seed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zoom without partial success for batch add (the simulator's
 * {@code batchPartialSuccess: false}): one entry Zoom refuses fails the whole call with
 * 400/300. The batcher halves the batch until the refused entry stands alone, so only
 * that person falls back to the per-user calls; the others are added by a smaller batch.
 */
class PhoneBatchSendTests {

	private static final WorkerProperties.Site NYC = new WorkerProperties.Site("site-nyc-01", 1000, 1999, 200);

	/** A second site, whose phone users the NYC listing does not show. */
	private static final Seed.Site BOSTON = new Seed.Site("site-bos-01", "Boston", "BOS", 2, 2000, 2999, 200);

	private static final int PARTITIONS = 12;

	private final ZoomSimulator simulator = ZoomSimulator.start(Seed.builder()
		.plan("UNLIMITED")
		.site(BOSTON)
		.numberPool("site-nyc-01", "+12125557000", 50)
		.behaviour(Behaviour.defaults().withBatch(false, Behaviour.REJECT, Behaviour.REJECT))
		.build());

	private final ZoomClient zoom = ZoomClient.create(
			ZoomClientProperties.of(URI.create(this.simulator.baseUrl()), URI.create(this.simulator.oauthUrl()),
					this.simulator.accountId(), this.simulator.clientId(), this.simulator.clientSecret()),
			new SimpleMeterRegistry());

	private final PhoneBatcher batcher = new PhoneBatcher(this.zoom, RetryPolicy.none(), StepTimer.discarding(), 10,
			Duration.ofSeconds(1));

	private final LineAllocator allocator = new LineAllocator(this.zoom, () -> PARTITIONS,
			() -> IntStream.range(0, PARTITIONS).boxed().collect(Collectors.toSet()));

	private final ExecutorService lanes = Executors.newFixedThreadPool(4);

	@AfterEach
	void stop() {
		this.lanes.shutdownNow();
		this.batcher.close();
		this.zoom.close();
		this.simulator.close();
	}

	@Test
	void aBatchZoomRefusesWholeIsHalvedUntilOnlyTheBadUserFallsBack() {
		Map<String, String> predicted = PredictedExtensions.distinct(this.allocator, NYC, "S", 4);
		List<Person> people = predicted.keySet()
			.stream()
			.map((id) -> Events.person(id, "split." + id.toLowerCase() + "@corp.example").build())
			.toList();
		Person bad = people.get(1);
		String taken = predicted.get(bad.getEmployeeId());
		String holder = this.zoom.users()
			.create(CreateUserRequest.ssoCreate("holder@corp.example", "Held", "Extension").withZoomPhone(true))
			.body()
			.id();
		this.zoom.phone().updateUser(holder, new PhoneUserUpdate(taken, BOSTON.id()));
		this.simulator.clearRequestLog();

		List<Hired> hired = hireConcurrently(people);

		// 4 refused whole, its halves 2 + 2: the bad one's half refused, then 1 + 1
		assertThat(batchCalls()).extracting(BatchCall::size).containsExactlyInAnyOrder(4, 2, 2, 1, 1);
		assertThat(batchCalls()).filteredOn((call) -> call.status() >= 300)
			.extracting(BatchCall::size)
			.containsExactlyInAnyOrder(4, 2, 1);
		for (Hired h : hired) {
			assertThat(h.conclusion().state()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
			String userId = this.simulator.user(h.person().getWorkEmail()).id();
			StepResult batchStep = h.steps()
				.results()
				.stream()
				.filter((s) -> s.getName().equals(PhoneBatcher.STEP))
				.findFirst()
				.orElseThrow();
			if (h.person() == bad) {
				assertThat(batchStep.getDetail()).contains("1 user(s)", "not added");
				assertThat(perUserPhoneWrites(userId)).contains("PATCH /phone/users/{userId}",
						"POST /phone/users/{userId}/calling_plans", "POST /phone/users/{userId}/phone_numbers");
			}
			else {
				assertThat(batchStep.getDetail()).contains("split from a batch of", ", added");
				assertThat(perUserPhoneWrites(userId)).isEmpty();
				assertThat(this.simulator.user(userId).extensionNumber())
					.isEqualTo(predicted.get(h.person().getEmployeeId()));
			}
		}
		assertThat(this.simulator.extensionHolders()).containsEntry(taken, holder);
	}

	@Test
	void aHireArrivingAloneIsSentAtOnceAndHiresOnTheirWayAreWaitedFor() {
		List<Person> people = PredictedExtensions.distinct(this.allocator, NYC, "L", 3)
			.keySet()
			.stream()
			.map((id) -> Events.person(id, "alone." + id.toLowerCase() + "@corp.example").build())
			.toList();
		// a linger no hire of this test could wait out
		try (PhoneBatcher patient = new PhoneBatcher(this.zoom, RetryPolicy.none(), StepTimer.discarding(), 10,
				Duration.ofHours(1))) {
			this.simulator.clearRequestLog();
			List<Hired> alone = hireConcurrently(people.subList(0, 1), patient);
			assertThat(alone)
				.allSatisfy((h) -> assertThat(h.conclusion().state()).isEqualTo(FinalState.ACTIVE_PHONE_READY));
			assertThat(batchCalls()).extracting(BatchCall::size).containsExactly(1);

			this.simulator.clearRequestLog();
			List<Hired> together = hireConcurrently(people.subList(1, 3), patient);
			assertThat(together)
				.allSatisfy((h) -> assertThat(h.conclusion().state()).isEqualTo(FinalState.ACTIVE_PHONE_READY));
			assertThat(batchCalls()).extracting(BatchCall::size).containsExactly(2);
		}
	}

	private List<Hired> hireConcurrently(List<Person> people) {
		return hireConcurrently(people, this.batcher);
	}

	private List<Hired> hireConcurrently(List<Person> people, PhoneBatcher batching) {
		PhoneProvisioner phone = new PhoneProvisioner(this.zoom, Map.of("NYC", NYC), this.allocator);
		Provisioner provisioner = Accounts
			.create(this.zoom, KnownZoomUsers.none(), EmailOwners.none(), phone, batching, Clock.systemUTC(),
					Duration.ofSeconds(30), 10)
			.provisioner();
		List<CompletableFuture<Hired>> running = new ArrayList<>();
		for (Person person : people) {
			running.add(CompletableFuture.supplyAsync(() -> {
				Steps steps = new Steps(false, RetryPolicy.none(), StepTimer.discarding());
				return new Hired(person, provisioner.provision(person, steps), steps);
			}, this.lanes));
		}
		return running.stream().map(CompletableFuture::join).toList();
	}

	private List<BatchCall> batchCalls() {
		return this.simulator.requestLog()
			.stream()
			.filter((e) -> "POST /phone/users/batch".equals(e.endpoint()))
			.map((e) -> new BatchCall(e.body().split("\"email\"", -1).length - 1, e.status()))
			.toList();
	}

	private List<String> perUserPhoneWrites(String userId) {
		return this.simulator.requestLog()
			.stream()
			.filter((e) -> e.endpoint() != null && !e.endpoint().startsWith("GET")
					&& e.endpoint().contains("/phone/users/{"))
			.filter((e) -> e.path().contains(userId))
			.map(RequestLogEntry::endpoint)
			.toList();
	}

	private record BatchCall(int size, int status) {
	}

	private record Hired(Person person, Conclusion conclusion, Steps steps) {
	}

}

package dev.dialtone.worker.account;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import dev.dialtone.zoom.client.phone.PhoneUserQuery;
import dev.dialtone.zoom.client.phone.PhoneUserSummary;
import dev.dialtone.zoom.client.phone.PhoneUserUpdate;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.control.RequestLogEntry;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import dev.dialtone.zoom.simulator.faults.FaultSpec;
import dev.dialtone.zoom.simulator.seed.Seed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hires through the real provisioner, client and simulator with batching on (a long
 * linger, so the batch is deterministic) and off: which calls each hire makes, by
 * endpoint, and a batch with one bad user falling back for that user only.
 */
class PhoneBatchHireTests {

	private static final Logger logger = LoggerFactory.getLogger(PhoneBatchHireTests.class);

	private static final WorkerProperties.Site NYC = new WorkerProperties.Site("site-nyc-01", 1000, 1999, 200);

	/** A second site, whose phone users the NYC listing does not show. */
	private static final Seed.Site BOSTON = new Seed.Site("site-bos-01", "Boston", "BOS", 2, 2000, 2999, 200);

	/** One worker owning every partition of a 12-partition identity topic. */
	private static final int PARTITIONS = 12;

	private final ZoomSimulator simulator = ZoomSimulator
		.start(Seed.builder().plan("UNLIMITED").site(BOSTON).numberPool("site-nyc-01", "+12125557000", 50).build());

	private final ZoomClient zoom = ZoomClient.create(
			ZoomClientProperties.of(URI.create(this.simulator.baseUrl()), URI.create(this.simulator.oauthUrl()),
					this.simulator.accountId(), this.simulator.clientId(), this.simulator.clientSecret()),
			new SimpleMeterRegistry());

	private final PhoneBatcher batcher = new PhoneBatcher(this.zoom, RetryPolicy.none(), StepTimer.discarding(), 10,
			Duration.ofSeconds(1));

	private final LineAllocator allocator = new LineAllocator(this.zoom, () -> PARTITIONS,
			() -> IntStream.range(0, PARTITIONS).boxed().collect(Collectors.toSet()));

	private final ExecutorService lanes = Executors.newFixedThreadPool(10);

	@AfterEach
	void stop() {
		this.lanes.shutdownNow();
		this.batcher.close();
		this.zoom.close();
		this.simulator.close();
	}

	@Test
	void hiresAreBatchedAndMakeNoPerUserPhoneCalls() {
		Map<String, String> predicted = people("B", 5);
		List<Person> people = persons(predicted);
		this.simulator.clearRequestLog();
		List<Hired> hired = hireConcurrently(provisioner(this.batcher), people);

		assertThat(hired)
			.allSatisfy((h) -> assertThat(h.conclusion().state()).isEqualTo(FinalState.ACTIVE_PHONE_READY));
		assertThat(batchSizes()).containsExactly(5);
		for (Hired h : hired) {
			SimulatedUser user = this.simulator.user(h.person().getWorkEmail());
			assertThat(user.zoomPhone()).isTrue();
			assertThat(user.extensionNumber()).isEqualTo(predicted.get(h.person().getEmployeeId()));
			assertThat(user.callingPlans()).containsExactly(200);
			assertThat(user.phoneNumbers()).hasSize(1);
			assertThat(phoneCallsFor(user.id())).isEmpty();
			assertThat(h.steps().results()).filteredOn((s) -> s.getName().equals(PhoneBatcher.STEP))
				.singleElement()
				.satisfies((s) -> assertThat(s.getDetail()).contains("5 user(s)", "added"));
		}
		Map<String, Double> perHire = callsPerHire(people.size());
		logger.info("Zoom calls per hire, batching on: {}", perHire);
		// ssoCreate, the read-back of its status from the settings (Users Medium), the
		// PATCH for dept/job_title (not in the create body), one fifth of a batch — and
		// the pool's one page of numbers for the five; no Users Light read
		assertThat(perHire).containsEntry("POST /users", 1.0)
			.containsEntry("GET /users/{userId}/settings", 1.0)
			.doesNotContainKey("GET /users/{userId}")
			.containsEntry("PATCH /users/{userId}", 1.0)
			.containsEntry("POST /phone/users/batch", 0.2)
			.doesNotContainKeys("GET /users/email", "GET /phone/users/{userId}", "PATCH /phone/users/{userId}");
	}

	/**
	 * The profile PATCH and the batch add are independent, so the PATCH runs while the
	 * entry is in its batch: with a slow PATCH the batch call is answered (and logged)
	 * first, and the hire takes about the PATCH's time, not the PATCH's plus the batch's.
	 */
	@Test
	void theProfilePatchRunsWhileTheEntryIsInItsBatch() {
		Person person = persons(people("W", 1)).get(0);
		this.simulator.faults(Map.of("PATCH /users/{userId}", FaultSpec.latency(1500), "POST /phone/users/batch",
				FaultSpec.latency(1000)));
		this.simulator.clearRequestLog();
		long started = System.nanoTime();
		Hired hired = hireConcurrently(provisioner(this.batcher), List.of(person)).get(0);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(hired.conclusion().state()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		assertThat(endpoints()).as("the batch is answered while the PATCH is still under way")
			.containsSubsequence("POST /users", "GET /users/{userId}/settings", "POST /phone/users/batch",
					"PATCH /users/{userId}");
		assertThat(took).as("PATCH and batch overlap").isLessThan(Duration.ofMillis(2500));
		assertThat(hired.steps().results()).extracting(StepResult::getName)
			.containsSubsequence("update-profile", PhoneBatcher.STEP);
		String userId = this.simulator.user(person.getWorkEmail()).id();
		assertThat(this.zoom.users().get(userId).body().dept()).isEqualTo(person.getDepartment());
		assertThat(this.simulator.user(person.getWorkEmail()).phoneNumbers()).hasSize(1);
	}

	/**
	 * The bad user: the extension the allocator will offer them is taken by a phone user
	 * of another site. Extensions are unique in the whole account, but the NYC listing
	 * the allocator reads shows only NYC's phone users, so the candidate looks free (a
	 * holder NYC's list shows is never offered, which is why the conflict is planted this
	 * way). The candidate is what the allocator itself answers for that employee: its own
	 * slice's first free extension, which no other person of the test shares.
	 */
	@Test
	void aBatchWithOneBadUserFallsBackForThatUserOnly() {
		Map<String, String> predicted = people("F", 4);
		List<Person> people = persons(predicted);
		Person bad = people.get(2);
		String taken = predicted.get(bad.getEmployeeId());
		String holder = this.zoom.users()
			.create(CreateUserRequest.ssoCreate("holder@corp.example", "Held", "Extension").withZoomPhone(true))
			.body()
			.id();
		this.zoom.phone().updateUser(holder, new PhoneUserUpdate(taken, BOSTON.id()));
		PhoneUserQuery nycHolders = PhoneUserQuery.all().withSite(NYC.zoomSiteId()).withKeyword(taken);
		assertThat(this.zoom.phone().listUsers(nycHolders).body().users()).extracting(PhoneUserSummary::id)
			.doesNotContain(holder);
		this.simulator.clearRequestLog();

		List<Hired> hired = hireConcurrently(provisioner(this.batcher), people);

		assertThat(batchSizes()).containsExactly(4);
		for (Hired h : hired) {
			assertThat(h.conclusion().state()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
			SimulatedUser user = this.simulator.user(h.person().getWorkEmail());
			List<String> perUser = phoneCallsFor(user.id());
			if (h.person() == bad) {
				// per user, Zoom called the candidate taken and the allocator's next one
				// was set
				assertThat(user.extensionNumber()).isNotEqualTo(taken);
				assertThat(Integer.parseInt(user.extensionNumber())).isBetween(NYC.extensionFrom(), NYC.extensionTo());
				assertThat(perUser).containsSubsequence("PATCH /phone/users/{userId}", "PATCH /phone/users/{userId}",
						"POST /phone/users/{userId}/calling_plans", "POST /phone/users/{userId}/phone_numbers");
				assertThat(h.steps().results()).filteredOn((s) -> s.getName().equals(PhoneBatcher.STEP))
					.extracting(StepResult::getDetail)
					.singleElement()
					.asString()
					.contains("not added");
			}
			else {
				assertThat(perUser).isEmpty();
				assertThat(user.extensionNumber()).isEqualTo(predicted.get(h.person().getEmployeeId()));
			}
			assertThat(user.callingPlans()).containsExactly(200);
			assertThat(user.phoneNumbers()).hasSize(1);
		}
		assertThat(this.simulator.extensionHolders()).containsEntry(taken, holder);
	}

	@Test
	void withoutBatchingAHireMakesOnlyTheCallsItNeeds() {
		List<Person> people = persons(people("P", 4));
		this.simulator.clearRequestLog();
		List<Hired> hired = hireConcurrently(provisioner(null), people);

		assertThat(hired)
			.allSatisfy((h) -> assertThat(h.conclusion().state()).isEqualTo(FinalState.ACTIVE_PHONE_READY));
		Map<String, Double> perHire = callsPerHire(people.size());
		logger.info("Zoom calls per hire, batching off: {}", perHire);
		assertThat(perHire).containsEntry("POST /users", 1.0)
			.containsEntry("GET /users/{userId}/settings", 1.0)
			.containsEntry("PATCH /users/{userId}", 1.0)
			.containsEntry("PATCH /phone/users/{userId}", 1.0)
			.containsEntry("POST /phone/users/{userId}/calling_plans", 1.0)
			.containsEntry("POST /phone/users/{userId}/phone_numbers", 1.0)
			.doesNotContainKeys("GET /users/email", "GET /users/{userId}", "GET /phone/users/{userId}",
					"POST /phone/users/batch");
	}

	private Provisioner provisioner(PhoneBatcher batching) {
		PhoneProvisioner phone = new PhoneProvisioner(this.zoom, Map.of("NYC", NYC), this.allocator);
		return Accounts
			.create(this.zoom, KnownZoomUsers.none(), EmailOwners.none(), phone, batching, Clock.systemUTC(),
					Duration.ofSeconds(30), 10)
			.provisioner();
	}

	private List<Hired> hireConcurrently(Provisioner provisioner, List<Person> people) {
		List<CompletableFuture<Hired>> running = new ArrayList<>();
		for (Person person : people) {
			running.add(CompletableFuture.supplyAsync(() -> {
				Steps steps = new Steps(false, RetryPolicy.none(), StepTimer.discarding());
				return new Hired(person, provisioner.provision(person, steps), steps);
			}, this.lanes));
		}
		return running.stream().map(CompletableFuture::join).toList();
	}

	/**
	 * @return employee id → the extension the allocator would reserve for them
	 */
	private Map<String, String> people(String prefix, int count) {
		return PredictedExtensions.distinct(this.allocator, NYC, prefix, count);
	}

	private static List<Person> persons(Map<String, String> predicted) {
		return predicted.keySet()
			.stream()
			.map((id) -> Events.person(id, "batch." + id.toLowerCase() + "@corp.example").build())
			.toList();
	}

	private List<String> endpoints() {
		return this.simulator.requestLog()
			.stream()
			.map(RequestLogEntry::endpoint)
			.filter((e) -> e != null && !e.startsWith("POST /oauth"))
			.toList();
	}

	private List<Integer> batchSizes() {
		return this.simulator.requestLog()
			.stream()
			.filter((e) -> "POST /phone/users/batch".equals(e.endpoint()))
			.map((e) -> e.body().split("\"email\"", -1).length - 1)
			.toList();
	}

	private List<String> phoneCallsFor(String userId) {
		return this.simulator.requestLog()
			.stream()
			.filter((e) -> e.endpoint() != null && e.endpoint().startsWith("GET /phone/users/{") || e.endpoint() != null
					&& !e.endpoint().startsWith("GET") && e.endpoint().contains("/phone/users/{"))
			.filter((e) -> e.path().contains(userId))
			.map(RequestLogEntry::endpoint)
			.toList();
	}

	private Map<String, Double> callsPerHire(int hires) {
		return this.simulator.requestLog()
			.stream()
			.filter((e) -> e.endpoint() != null && !e.endpoint().startsWith("POST /oauth"))
			.collect(Collectors.groupingBy(RequestLogEntry::endpoint, TreeMap::new,
					Collectors.collectingAndThen(Collectors.counting(), (n) -> n / (double) hires)));
	}

	private record Hired(Person person, Conclusion conclusion, Steps steps) {
	}

}

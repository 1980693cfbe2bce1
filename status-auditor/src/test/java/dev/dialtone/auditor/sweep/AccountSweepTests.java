package dev.dialtone.auditor.sweep;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.dialtone.auditor.AuditorApplication;
import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.auditor.support.AnomalyStates;
import dev.dialtone.auditor.support.Auditors;
import dev.dialtone.auditor.support.Outcomes;
import dev.dialtone.auditor.support.TestTopics;
import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.auditor.sweep.AccountSweep.SweepResult;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.ZoomUserCreation;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomClientProperties;
import dev.dialtone.zoom.client.users.CreateAction;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.client.users.DeleteAction;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Over the real broker, registry and simulator, which delivers its signed webhooks to the
 * auditor: an account already holding pending users made outside Dialtone (the demo
 * world's existing users: unverified and unlisted domains, personal accounts on a
 * verified domain) and one another app invited by email ({@code action=create}, through
 * Zoom's API) is swept into one correctly classified anomaly per user, marked as found by
 * the sweep, the invited one {@code WRONG_CREATE_ACTION} from its {@code user.created}
 * webhook; a second sweep adds none; a user Dialtone already tracks keeps its own
 * anomaly; a user activated or deleted resolves its anomaly at the next sweep.
 */
@SpringBootTest(classes = AuditorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dialtone.auditor.sweep.enabled=false", "dialtone.auditor.tick=500ms",
				"dialtone.auditor.webhook.secret-token=" + AccountSweepTests.WEBHOOK_SECRET })
class AccountSweepTests {

	static final String WEBHOOK_SECRET = "sweep-webhook-secret";

	private static final String INVITED = "paul.script@corp.example";

	static final TestTopics topics = new TestTopics("sweep");

	static final ZoomSimulator sim = ZoomSimulator.start(Seed.demoWithExistingUsers());

	static final AnomalyStates states = new AnomalyStates(topics);

	private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

	@Autowired
	AccountSweep sweep;

	@Autowired
	Ownership ownership;

	@Autowired
	ZoomClient zoom;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		Auditors.register(registry, topics, sim);
	}

	@AfterAll
	static void stop() {
		sim.close();
	}

	@Test
	void sweepsEachPendingUserOnceAndResolvesThoseNoLongerPending() {
		// Zoom's webhooks now reach this auditor: the world made again (the SCIM app's,
		// the script's and the admin's users), each with its user.created
		sim.seed(Seed.demoWithExistingUsers()
			.toBuilder()
			.webhook("http://127.0.0.1:" + this.port + "/zoom/webhooks", WEBHOOK_SECRET)
			.build());
		// another app on the account invites a person by email instead of ssoCreate
		String invited = anotherApp().users()
			.create(CreateUserRequest.ssoCreate(INVITED, "Paul", "Script").withAction(CreateAction.CREATE))
			.body()
			.id();
		List<String> madeOutside = List.of("ana.silva@acquired.example", "raj.patel@acquired.example",
				"kim.lee@typo-corp.example", "noor.haddad@corp.example", "ines.moreau@corp.example", INVITED);
		// whichever instance Zoom reached, the creations are on the topic
		List<ZoomUserCreation> creations = TopicProbe.awaitValues(topics.zoomUserCreations(), ZoomUserCreation.class,
				(all) -> all.stream().map(ZoomUserCreation::getEmail).toList().containsAll(madeOutside),
				Duration.ofSeconds(60));
		assertThat(creations).filteredOn((creation) -> creation.getZoomUserId().equals(invited))
			.singleElement()
			.satisfies((creation) -> {
				assertThat(creation.getCreationType()).isEqualTo("create");
				assertThat(creation.getOperator()).isEqualTo("admin@corp.example");
				assertThat(creation.getEmail()).isEqualTo(INVITED);
			});
		assertThat(TopicProbe.readAll(topics.zoomUserCreations())).allSatisfy(
				(record) -> assertThat(record.key()).isEqualTo(((ZoomUserCreation) record.value()).getZoomUserId()));

		String tom = sim.user("tom.becker@corp.example").id();
		// a Dialtone hire made with action=create: the auditor raises its own anomaly
		TopicProbe.publish(topics.outcomes(), "E-TOM",
				Outcomes.outcome("E-TOM", "tom.becker@corp.example", FinalState.PENDING)
					.setZoomUserId(tom)
					.setEvidence(
							Outcomes.evidence("tom.becker@corp.example", "verified").setCreateAction("create").build())
					.build());
		// the listeners are up and the group settled once the hire's anomaly is out
		await().atMost(Duration.ofSeconds(180)).until(() -> states.last("E-TOM") != null);
		await().atMost(Duration.ofSeconds(60)).until(() -> this.ownership.owns("zoom-user:any"));

		SweepResult first = this.sweep.run("test");
		assertThat(first.pending()).isEqualTo(7);
		assertThat(first.opened()).isEqualTo(6);
		assertThat(first.zoomRequests()).isEqualTo(2);
		Map<String, PendingCause> expected = Map.of("ana.silva@acquired.example", PendingCause.DOMAIN_NOT_VERIFIED,
				"raj.patel@acquired.example", PendingCause.DOMAIN_NOT_VERIFIED, "kim.lee@typo-corp.example",
				PendingCause.DOMAIN_NOT_VERIFIED, "noor.haddad@corp.example", PendingCause.EXISTING_PERSONAL_ACCOUNT,
				"ines.moreau@corp.example", PendingCause.EXISTING_PERSONAL_ACCOUNT, INVITED,
				PendingCause.WRONG_CREATE_ACTION);
		expected.forEach((email, cause) -> {
			List<PendingAnomaly> swept = await().atMost(Duration.ofSeconds(60))
				.until(() -> states.of(keyOf(email)), (all) -> !all.isEmpty());
			assertThat(swept).singleElement().satisfies((anomaly) -> {
				assertThat(anomaly.getCause()).as(email).isEqualTo(cause);
				assertThat(anomaly.getWorkEmail()).isEqualTo(email);
				assertThat(anomaly.getEvidence()).containsEntry(SweepPlan.FOUND_BY, SweepPlan.ACCOUNT_SWEEP)
					.containsKey("domainStatus")
					.containsKey("createdAt");
				assertThat(anomaly.getRemediationSteps()).isNotEmpty();
			});
		});
		// the create action is known from the webhooks: the invitation is named as such,
		// and a personal account is no longer possibly an invitation
		assertThat(states.last(keyOf(INVITED)).getEvidence()).containsEntry("createAction", "create")
			.hasEntrySatisfying("createActionSource",
					(source) -> assertThat(source).startsWith("user.created webhook at ")
						.endsWith(", operator admin@corp.example"))
			.doesNotContainKey("alsoPossible");
		assertThat(states.last(keyOf("noor.haddad@corp.example")).getEvidence())
			.containsEntry("createAction", "ssoCreate")
			.doesNotContainKey("alsoPossible");
		PendingAnomaly hire = states.last("E-TOM");
		assertThat(hire.getCause()).isEqualTo(PendingCause.WRONG_CREATE_ACTION);
		assertThat(SweepPlan.swept(hire)).isFalse();

		SweepResult second = this.sweep.run("test");
		assertThat(second.opened()).isZero();
		assertThat(second.resolved()).isZero();
		assertThat(states.of(keyOf("ana.silva@acquired.example"))).hasSize(1);
		assertThat(states.of(keyOf(INVITED))).hasSize(1);

		// the person accepts: Zoom's webhook resolves the swept anomaly at once
		String anaKey = keyOf("ana.silva@acquired.example");
		sim.activate("ana.silva@acquired.example");
		await().atMost(Duration.ofSeconds(60)).until(() -> states.lastStatus(anaKey) == AnomalyStatus.RESOLVED);
		assertThat(states.last(anaKey).getResolution().getHow()).startsWith("user activated (webhook user.");
		// a deletion has no such webhook: the next sweep no longer finds the user
		String kimKey = keyOf("kim.lee@typo-corp.example");
		this.zoom.users().delete(sim.user("kim.lee@typo-corp.example").id(), DeleteAction.DISASSOCIATE);
		SweepResult third = this.sweep.run("test");
		assertThat(third.pending()).isEqualTo(5);
		assertThat(third.resolved()).as("kim only: ana's anomaly is resolved once").isEqualTo(1);
		await().atMost(Duration.ofSeconds(60)).until(() -> states.lastStatus(kimKey) == AnomalyStatus.RESOLVED);
		assertThat(states.last(kimKey).getResolution().getHow()).startsWith("no longer pending in Zoom");
		assertThat(states.of(anaKey)).filteredOn((state) -> state.getStatus() == AnomalyStatus.RESOLVED).hasSize(1);
		assertThat(states.lastStatus(keyOf("noor.haddad@corp.example"))).isEqualTo(AnomalyStatus.OPEN);
	}

	/** Another Server-to-Server app on the same account: a script, an IdP's connector. */
	private static ZoomClient anotherApp() {
		return ZoomClient.create(ZoomClientProperties.of(URI.create(sim.baseUrl()), URI.create(sim.oauthUrl()),
				sim.accountId(), sim.clientId(), sim.clientSecret()), new SimpleMeterRegistry());
	}

	/**
	 * The swept anomaly's key, remembered before a user is deleted from the simulator.
	 */
	private static String keyOf(String email) {
		return KEYS.computeIfAbsent(email, (e) -> SweepPlan.UNKNOWN_EMPLOYEE_PREFIX + sim.user(e).id());
	}

}

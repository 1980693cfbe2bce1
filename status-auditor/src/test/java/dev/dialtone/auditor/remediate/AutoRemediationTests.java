package dev.dialtone.auditor.remediate;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dialtone.auditor.classify.Classification;
import dev.dialtone.auditor.classify.DomainStatuses;
import dev.dialtone.auditor.config.AuditorProperties.Mail;
import dev.dialtone.auditor.config.AuditorProperties.Remediation;
import dev.dialtone.auditor.config.AuditorProperties.RouteMode;
import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.AuditRecord;
import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.Notification;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.Severity;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomClientProperties;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.SeedBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The automation decisions as plain objects over the in-process Zoom simulator and a
 * recording outbox: the domain hold without opt-in, destructive causes only when opted
 * in, at most once, re-verified in Zoom at the moment of acting (a lapsed domain is
 * re-classified and held, nothing deleted or mailed), the per-cause cap, the dry run, a
 * remediating personal account re-classified when its domain is seen unverified, an
 * unverified domain's hires re-driven once Zoom shows it verified.
 */
@Tag("fast")
class AutoRemediationTests {

	static final ZoomSimulator sim = ZoomSimulator.start(seed());

	private final ZoomClient client = ZoomClient.create(ZoomClientProperties.of(URI.create(sim.baseUrl()),
			URI.create(sim.oauthUrl()), sim.accountId(), sim.clientId(), sim.clientSecret()),
			new SimpleMeterRegistry());

	private final List<String> alarms = new ArrayList<>();

	private final DomainStatuses domains = new DomainStatuses();

	private final List<Object> sent = new ArrayList<>();

	private final Outbox outbox = new Outbox() {
		@Override
		public void send(String topic, String key, Object value, Map<String, String> headers) {
			AutoRemediationTests.this.sent.add(value);
		}

		@Override
		public void atomically(Runnable work) {
			work.run();
		}
	};

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

	private final AnomalyLedger ledger = new AnomalyLedger();

	private final ZoomDirectory zoom = ZoomDirectory.of(this.client);

	private final AuditorMetrics metrics = new AuditorMetrics(new SimpleMeterRegistry(), this.ledger);

	private final AnomalyRouter router = new AnomalyRouter(this.outbox, "anomalies", RouteMode.HEADER, this.ledger,
			this.metrics);

	private final AuditTrail audit = new AuditTrail(this.outbox, "audit", this.metrics, this.clock);

	private final Redrive redrive = new Redrive(this.router,
			new Commands(this.outbox, "identity", this.ledger, this.clock), this.audit, this.clock);

	private final PersonalAccountRemedy personal = new PersonalAccountRemedy(this.zoom, this.router, this.audit,
			new Notifier(this.outbox, "notifications", new Mail("dialtone@localhost", "IT helpdesk"),
					"http://localhost:8083", new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
					this.clock),
			this.redrive, "dialtone-auditor", this.clock);

	private final DomainHold hold = new DomainHold(this.zoom, this.ledger, this.router, this.outbox, this.audit,
			this.redrive, ownsEveryone(), "dialtone-auditor", this.clock, this.domains);

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@AfterAll
	static void stopSimulator() {
		sim.close();
	}

	@Test
	void aPersonalAccountIsDisassociatedAndAskedToConsolidate() {
		PendingAnomaly anomaly = pendingInZoom("P1", "pat@corp.example", PendingCause.EXISTING_PERSONAL_ACCOUNT);

		automating(PendingCause.EXISTING_PERSONAL_ACCOUNT).consider(anomaly);

		PendingAnomaly next = this.ledger.anomaly("P1").orElseThrow();
		assertThat(next.getStatus()).isEqualTo(AnomalyStatus.REMEDIATING);
		assertThat(PersonalAccountRemedy.awaitingConsolidation(next)).isTrue();
		assertThat(next.getEvidence()).containsKeys(AutoRemediation.ATTEMPTED, PersonalAccountRemedy.TOKEN);
		assertThat(this.sent).filteredOn(Notification.class::isInstance)
			.singleElement()
			.satisfies((n) -> assertThat(((Notification) n).getBody())
				.contains("/consolidated/" + next.getEvidence().get(PersonalAccountRemedy.TOKEN)));
		assertThat(actions()).containsExactly("disassociate-pending-user", "notify-person");
		assertThat(audits()).allSatisfy((r) -> assertThat(r.getDetail()).contains(
				"acted on: managed_domains corp.example=verified, GET /users/" + anomaly.getZoomUserId() + " pending"));
		assertThat(this.client.users().find(anomaly.getZoomUserId()).body()).isEmpty();
	}

	@Test
	void aPersonalAccountWhoseDomainLapsedIsReClassifiedAndHeldWithNothingDeletedOrMailed() {
		sim.setDomainStatus("lapsing.example", "unverified");
		PendingAnomaly anomaly = pendingInZoom("L1", "lou@lapsing.example", PendingCause.EXISTING_PERSONAL_ACCOUNT);

		automating(PendingCause.EXISTING_PERSONAL_ACCOUNT).consider(anomaly);

		PendingAnomaly next = this.ledger.anomaly("L1").orElseThrow();
		assertThat(next.getCause()).isEqualTo(PendingCause.DOMAIN_NOT_VERIFIED);
		assertThat(next.getEvidence()).containsEntry(AutoRemediation.AWAITING, DomainHold.AWAITING_DOMAIN);
		assertThat(actions()).containsExactly("reclassify", "hold-domain");
		assertThat(this.sent).noneMatch(Notification.class::isInstance);
		assertThat(this.client.users().find(anomaly.getZoomUserId()).body()).as("pending user kept").isPresent();
	}

	@Test
	void theCapStopsTheTwentyFirstDestructiveActionWithinAnHourAndRaisesAnIncident() {
		AutoRemediation automation = automating(PendingCause.EXISTING_PERSONAL_ACCOUNT);
		List<PendingAnomaly> anomalies = new ArrayList<>();
		for (int i = 1; i <= 21; i++) {
			anomalies.add(pendingInZoom("C" + i, "cap" + i + "@corp.example", PendingCause.EXISTING_PERSONAL_ACCOUNT));
		}
		anomalies.forEach(automation::consider);

		assertThat(actions()).filteredOn("disassociate-pending-user"::equals).hasSize(20);
		assertThat(actions()).containsOnlyOnce("automation-capped");
		PendingAnomaly capped = this.ledger.anomaly("C21").orElseThrow();
		assertThat(capped.getStatus()).isEqualTo(AnomalyStatus.OPEN);
		assertThat(capped.getEvidence()).containsKey(Anomalies.AUTOMATION_CAPPED);
		assertThat(this.client.users().find(anomalies.get(20).getZoomUserId()).body()).as("21st kept").isPresent();
		assertThat(this.alarms).singleElement().asString().contains("EXISTING_PERSONAL_ACCOUNT", "20 destructive");
	}

	@Test
	void aDryRunRecordsWhatItWouldDoAndChangesNothingInZoom() {
		PendingAnomaly anomaly = pendingInZoom("Y1", "dry@corp.example", PendingCause.EXISTING_PERSONAL_ACCOUNT);

		new AutoRemediation(
				new Remediation(Set.of(PendingCause.EXISTING_PERSONAL_ACCOUNT), "dialtone-auditor", true, true, 20,
						Duration.ofHours(1)),
				this.personal, this.hold, this.audit, new ActionGuard(this.zoom, this.domains, this.clock),
				new ActionCap(20, Duration.ofHours(1)), this.router, this::alarm, this.clock)
			.consider(anomaly);

		assertThat(actions()).containsExactly("dry-run:disassociate-pending-user", "dry-run:notify-person");
		assertThat(this.sent).noneMatch(Notification.class::isInstance);
		assertThat(this.client.users().find(anomaly.getZoomUserId()).body()).isPresent();
		PendingAnomaly next = this.ledger.anomaly("Y1").orElseThrow();
		assertThat(next.getStatus()).isEqualTo(AnomalyStatus.OPEN);
		assertThat(next.getHistory()).last().asString().contains("dry run: would DELETE /users/");
	}

	@Test
	void aRemediatingPersonalAccountIsReClassifiedWhenItsDomainIsSeenUnverified() {
		PendingAnomaly anomaly = pendingInZoom("M1", "max@moving.example", PendingCause.EXISTING_PERSONAL_ACCOUNT);
		automating(PendingCause.EXISTING_PERSONAL_ACCOUNT).consider(anomaly);
		assertThat(PersonalAccountRemedy.awaitingConsolidation(this.ledger.anomaly("M1").orElseThrow())).isTrue();

		this.domains.saw("moving.example", "unverified", this.clock.instant().plusSeconds(60));
		new CauseRecheck(this.ledger, this.domains, this.router, this.outbox, this.audit, this.hold, ownsEveryone(),
				settings(), this.clock)
			.run();

		PendingAnomaly next = this.ledger.anomaly("M1").orElseThrow();
		assertThat(next.getCause()).isEqualTo(PendingCause.DOMAIN_NOT_VERIFIED);
		assertThat(next.getStatus()).isEqualTo(AnomalyStatus.REMEDIATING);
		assertThat(next.getEvidence()).containsEntry(AutoRemediation.AWAITING, DomainHold.AWAITING_DOMAIN)
			.doesNotContainKey(PersonalAccountRemedy.TOKEN);
		assertThat(next.getRemediationSteps().get(0)).contains("ignore that message");
	}

	@Test
	void anUnverifiedDomainsHireIsHeldAndReDrivenOnceZoomShowsItVerified() {
		PendingAnomaly anomaly = open("D1", "dee@held.example", PendingCause.DOMAIN_NOT_VERIFIED);
		automating(PendingCause.DOMAIN_NOT_VERIFIED).consider(anomaly);
		assertThat(this.ledger.anomaly("D1").orElseThrow().getEvidence()).containsEntry(AutoRemediation.AWAITING,
				DomainHold.AWAITING_DOMAIN);

		this.hold.releaseVerified();
		assertThat(this.sent).noneMatch(IdentityEvent.class::isInstance);

		sim.verifyDomain("held.example");
		this.hold.releaseVerified();

		assertThat(this.sent).filteredOn(IdentityEvent.class::isInstance)
			.singleElement()
			.satisfies((command) -> assertThat(((IdentityEvent) command).getEventType()).isEqualTo(EventType.REDRIVE));
		assertThat(actions()).containsExactly("hold-domain", "release-domain", "redrive-create");
		assertThat(this.ledger.anomaly("D1").orElseThrow().getEvidence()).containsEntry(AutoRemediation.AWAITING,
				PersonalAccountRemedy.AWAITING_REDRIVE);
	}

	@Test
	void aDestructiveCauseNotOptedInIsLeftToPeople() {
		automating().consider(open("N1", "nia@corp.example", PendingCause.EXISTING_PERSONAL_ACCOUNT));
		assertThat(this.sent).isEmpty();
		assertThat(this.ledger.anomaly("N1")).isEmpty();
	}

	@Test
	void anUnverifiedDomainsHireIsHeldWithoutOptIn() {
		automating().consider(open("N2", "ned@held.example", PendingCause.DOMAIN_NOT_VERIFIED));
		assertThat(actions()).containsExactly("hold-domain");
	}

	@Test
	void automationStartsAtMostOncePerAnomaly() {
		PendingAnomaly attempted = Anomalies.withEvidence(
				PendingAnomaly.newBuilder(open("A1", "al@corp.example", PendingCause.EXISTING_PERSONAL_ACCOUNT)),
				Map.of(AutoRemediation.ATTEMPTED, "2026-11-30T08:00:00Z"));
		automating(PendingCause.EXISTING_PERSONAL_ACCOUNT).consider(attempted);
		assertThat(this.sent).isEmpty();
	}

	private static Seed seed() {
		SeedBuilder seed = Seed.builder()
			.domain("held.example", "unverified")
			.domain("lapsing.example", "verified")
			.domain("moving.example", "verified")
			.personalAccount("pat@corp.example")
			.personalAccount("lou@lapsing.example")
			.personalAccount("max@moving.example")
			.personalAccount("dry@corp.example");
		for (int i = 1; i <= 21; i++) {
			seed.personalAccount("cap" + i + "@corp.example");
		}
		return seed.build();
	}

	private AutoRemediation automating(PendingCause... causes) {
		Remediation settings = new Remediation(Set.of(causes), "dialtone-auditor", true, false, 20,
				Duration.ofHours(1));
		return new AutoRemediation(settings, this.personal, this.hold, this.audit,
				new ActionGuard(this.zoom, this.domains, this.clock),
				new ActionCap(settings.destructiveCap(), settings.destructiveCapWindow()), this.router, this::alarm,
				this.clock);
	}

	private static Remediation settings() {
		return new Remediation(Set.of(PendingCause.EXISTING_PERSONAL_ACCOUNT), "dialtone-auditor", true, false, 20,
				Duration.ofHours(1));
	}

	private void alarm(PendingCause cause, String summary, int heldBack, int cap) {
		this.alarms.add(cause + ": " + summary);
	}

	private List<AuditRecord> audits() {
		return this.sent.stream().filter(AuditRecord.class::isInstance).map(AuditRecord.class::cast).toList();
	}

	private List<String> actions() {
		return audits().stream().map(AuditRecord::getAction).toList();
	}

	/** An anomaly for a user the simulator really holds pending. */
	private PendingAnomaly pendingInZoom(String employeeId, String email, PendingCause cause) {
		String id = this.client.users()
			.create(CreateUserRequest.ssoCreate(email, "Test", employeeId).withZoomPhone(true))
			.body()
			.id();
		Classification classification = new Classification(cause, Map.of(), List.of(), Severity.WARNING, false);
		return Anomalies.open(employeeId, email, id, "ev-" + employeeId, AnomalyKind.PENDING_AFTER_CREATE,
				classification, this.clock.instant());
	}

	private PendingAnomaly open(String employeeId, String email, PendingCause cause) {
		Classification classification = new Classification(cause, Map.of(), List.of(), Severity.WARNING, false);
		return Anomalies.open(employeeId, email, "zu-gone-" + employeeId, "ev-" + employeeId,
				AnomalyKind.PENDING_AFTER_CREATE, classification, this.clock.instant());
	}

	private static Ownership ownsEveryone() {
		Ownership ownership = new Ownership();
		ownership.assigned(List.of(new TopicPartition("outcomes", 0)), 1);
		return ownership;
	}

}

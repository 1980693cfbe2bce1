package dev.dialtone.auditor.remediate;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dialtone.auditor.classify.Classification;
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
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The automation decisions as plain objects over the in-process Zoom simulator and a
 * recording outbox: which causes are automated, at most once, a personal account
 * disassociated and asked to consolidate, an unverified domain's hires held and re-driven
 * once Zoom shows it verified.
 */
@Tag("fast")
class AutoRemediationTests {

	static final ZoomSimulator sim = ZoomSimulator
		.start(Seed.builder().domain("held.example", "unverified").personalAccount("pat@corp.example").build());

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

	private final ZoomDirectory zoom = ZoomDirectory
		.of(ZoomClient.create(ZoomClientProperties.of(URI.create(sim.baseUrl()), URI.create(sim.oauthUrl()),
				sim.accountId(), sim.clientId(), sim.clientSecret()), new SimpleMeterRegistry()));

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
			this.redrive, ownsEveryone(), "dialtone-auditor", this.clock);

	@AfterAll
	static void stopSimulator() {
		sim.close();
	}

	@Test
	void aPersonalAccountIsDisassociatedAndAskedToConsolidate() {
		PendingAnomaly anomaly = open("P1", "pat@corp.example", PendingCause.EXISTING_PERSONAL_ACCOUNT);

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
	void aCauseNotOptedInIsLeftToPeople() {
		automating().consider(open("N1", "nia@held.example", PendingCause.DOMAIN_NOT_VERIFIED));
		assertThat(this.sent).isEmpty();
		assertThat(this.ledger.anomaly("N1")).isEmpty();
	}

	@Test
	void automationStartsAtMostOncePerAnomaly() {
		PendingAnomaly attempted = Anomalies.withEvidence(
				PendingAnomaly.newBuilder(open("A1", "al@corp.example", PendingCause.EXISTING_PERSONAL_ACCOUNT)),
				Map.of(AutoRemediation.ATTEMPTED, "2026-11-30T08:00:00Z"));
		automating(PendingCause.EXISTING_PERSONAL_ACCOUNT).consider(attempted);
		assertThat(this.sent).isEmpty();
	}

	private AutoRemediation automating(PendingCause... causes) {
		return new AutoRemediation(new Remediation(Set.of(causes), "dialtone-auditor"), this.personal, this.hold,
				this.audit);
	}

	private List<String> actions() {
		return this.sent.stream()
			.filter(AuditRecord.class::isInstance)
			.map((r) -> ((AuditRecord) r).getAction())
			.toList();
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

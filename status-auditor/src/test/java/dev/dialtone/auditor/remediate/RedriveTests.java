package dev.dialtone.auditor.remediate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.support.TestAnomalies;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.AuditRecord;
import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.PendingAnomaly;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The re-drive sequence the button, the domain hold and the consolidation share, over a
 * recording outbox.
 */
@Tag("fast")
class RedriveTests {

	private final List<Object> sent = new ArrayList<>();

	private final Outbox outbox = new Outbox() {
		@Override
		public void send(String topic, String key, Object value, Map<String, String> headers) {
			RedriveTests.this.sent.add(value);
		}

		@Override
		public void atomically(Runnable work) {
			work.run();
		}
	};

	private final AuditorProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
		.bindOrCreate("dialtone.auditor", AuditorProperties.class);

	private final AnomalyLedger ledger = new AnomalyLedger();

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

	private final AuditorMetrics metrics = new AuditorMetrics(new SimpleMeterRegistry(), this.ledger);

	private final Redrive redrive = new Redrive(
			new AnomalyRouter(this.outbox, this.properties.topics().anomalies(), this.properties.routeMode(),
					this.ledger, this.metrics),
			new Commands(this.outbox, this.properties.topics().identityEvents(), this.ledger, this.clock),
			new AuditTrail(this.outbox, this.properties.topics().audit(), this.metrics, this.clock), this.clock);

	@Test
	void marksTheAnomalyAwaitingTheRedriveSendsRedriveAndAuditsIt() {
		PendingAnomaly open = TestAnomalies.open("R1", "ev1", Instant.parse("2026-11-30T08:00:00Z"));
		String eventId = this.redrive.send(open, "re-drive requested by ops", AnomalyStatus.REMEDIATING, "ops",
				(id) -> "REDRIVE " + id + " from the web page");

		PendingAnomaly marked = this.ledger.anomaly("R1").orElseThrow();
		assertThat(marked.getStatus()).isEqualTo(AnomalyStatus.REMEDIATING);
		assertThat(marked.getEvidence()).containsEntry(AutoRemediation.AWAITING,
				PersonalAccountRemedy.AWAITING_REDRIVE);
		assertThat(marked.getHistory()).last().asString().endsWith("re-drive requested by ops");
		assertThat(this.sent).filteredOn(IdentityEvent.class::isInstance).singleElement().satisfies((command) -> {
			assertThat(((IdentityEvent) command).getEventType()).isEqualTo(EventType.REDRIVE);
			assertThat(((IdentityEvent) command).getEventId()).isEqualTo(eventId);
		});
		assertThat(this.sent).filteredOn(AuditRecord.class::isInstance)
			.singleElement()
			.satisfies((audit) -> assertThat(((AuditRecord) audit).getDetail())
				.isEqualTo("REDRIVE " + eventId + " from the web page"));
	}

	@Test
	void keepsTheStatusWhenNoneIsGiven() {
		PendingAnomaly open = TestAnomalies.open("R2", "ev2", Instant.parse("2026-11-30T08:00:00Z"));
		this.redrive.send(open, "person consolidated (link); re-driving ssoCreate", null, "dialtone-auditor",
				(id) -> "REDRIVE " + id);
		assertThat(this.ledger.anomaly("R2").orElseThrow().getStatus()).isEqualTo(AnomalyStatus.OPEN);
	}

}

package dev.dialtone.auditor.spike;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.auditor.classify.Classification;
import dev.dialtone.auditor.classify.DomainStatuses;
import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.spike.SpikeDetector.Observation;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.auditor.support.FixedZoom;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.PendingIncident;
import dev.dialtone.contracts.Severity;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incidents read back from the topic (a restart, another instance's writes, partitions
 * read in any order) and windows rebuilt by replay: no incident raised twice, none closed
 * twice, none re-opened once closed, and only the scope's owner closes it.
 */
@Tag("fast")
class IncidentRestoreTests {

	private static final String DOMAIN = "acquired.example";

	private final List<PendingIncident> published = new ArrayList<>();

	private final AnomalyLedger ledger = new AnomalyLedger();

	private final Instant now = Instant.parse("2026-11-30T09:00:00Z");

	/** The watches' clock, a minute after the observations; tests move it on. */
	private Instant clockNow = this.now.plus(Duration.ofMinutes(1));

	private final Clock clock = new Clock() {

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return IncidentRestoreTests.this.clockNow;
		}

	};

	private final AuditorProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
		.bindOrCreate("dialtone.auditor", AuditorProperties.class);

	private final Outbox outbox = new Outbox() {

		@Override
		public void send(String topic, String key, Object value, Map<String, String> headers) {
			IncidentRestoreTests.this.published.add((PendingIncident) value);
		}

		@Override
		public void atomically(Runnable work) {
			work.run();
		}

	};

	@Test
	void aRestoredOpenIncidentIsNotRaisedAgainByItsReplayedOrLiveSpike() {
		SpikeWatch watch = watch(SpikeOwnership.everything());
		watch.restore(incident("i-1", DOMAIN, this.now.minusSeconds(60), null));

		for (int i = 0; i < 6; i++) {
			watch.observe(DOMAIN, pending(), false);
		}
		for (int i = 0; i < 6; i++) {
			watch.observe(DOMAIN, pending(), true);
		}

		assertThat(this.published).isEmpty();
		assertThat(watch.openIncidents()).extracting(PendingIncident::getIncidentId).containsExactly("i-1");
	}

	@Test
	void aReplayedSpikeWhoseIncidentClosedRaisesNothing() {
		SpikeWatch watch = watch(SpikeOwnership.everything());
		watch.restore(incident("i-1", DOMAIN, this.now.minusSeconds(60), null));
		watch.restore(incident("i-1", DOMAIN, this.now.minusSeconds(60), this.now.minusSeconds(5)));

		for (int i = 0; i < 10; i++) {
			watch.observe(DOMAIN, pending(), false);
		}

		assertThat(this.published).isEmpty();
		assertThat(watch.openIncidents()).isEmpty();
	}

	@Test
	void anOpenRecordReadAfterItsCloseNeverReopensItSoNothingIsClosedTwice() {
		SpikeWatch watch = watch(SpikeOwnership.everything());
		PendingIncident open = incident("i-1", DOMAIN, this.now.minusSeconds(60), null);
		watch.restore(open);
		watch.restore(incident("i-1", DOMAIN, this.now.minusSeconds(60), this.now.minusSeconds(5)));

		// the open record again: a tail catching up, a compaction not yet run
		watch.restore(open);
		watch.tick();

		assertThat(watch.openIncidents()).isEmpty();
		assertThat(this.published).as("no closed incident re-published").isEmpty();
	}

	@Test
	void anOlderIncidentOfTheScopeReadAfterANewerOneDoesNotHideIt() {
		SpikeWatch watch = watch(SpikeOwnership.everything());
		PendingIncident older = incident("i-old", DOMAIN, this.now.minusSeconds(3600), null);
		PendingIncident newer = incident("i-new", DOMAIN, this.now.minusSeconds(60), null);

		// two partitions of the incidents topic, the newer one's read first
		watch.restore(newer);
		watch.restore(older);
		watch.restore(incident("i-old", DOMAIN, this.now.minusSeconds(3600), this.now.minusSeconds(1800)));

		assertThat(watch.openIncidents()).extracting(PendingIncident::getIncidentId).containsExactly("i-new");
	}

	@Test
	void onlyTheOwnerOfAScopesPartitionClosesItsIncident() {
		SpikeOwnership mine = SpikeOwnership.byAssignment();
		SpikeOwnership theirs = SpikeOwnership.byAssignment();
		int partitions = 12;
		int domainPartition = Ownership.partitionOf(DOMAIN, partitions);
		mine.assigned(List.of(new TopicPartition("observations", domainPartition)), partitions);
		theirs.assigned(List.of(new TopicPartition("observations", (domainPartition + 1) % partitions)), partitions);
		SpikeWatch owner = watch(mine);
		SpikeWatch other = watch(theirs);
		PendingIncident open = incident("i-1", DOMAIN, this.now.minusSeconds(60), null);
		owner.restore(open);
		other.restore(open);

		// nobody pending in the ledger: the cause no longer holds
		other.tick();
		assertThat(this.published).as("the other instance leaves it alone").isEmpty();
		owner.tick();

		assertThat(this.published).singleElement().satisfies((closed) -> {
			assertThat(closed.getIncidentId()).isEqualTo("i-1");
			assertThat(closed.getClosedAt()).isNotNull();
		});
		other.restore(this.published.get(0));
		assertThat(other.openIncidents()).as("the other instance reads the close").isEmpty();
	}

	@Test
	void anAccountWideBurstIsDroppedWhenAnotherInstanceOpenedAnIncidentMeanwhile() {
		SpikeWatch watch = watch(SpikeOwnership.everything());
		for (int i = 0; i < 6; i++) {
			watch.observe(SpikeDetector.ALL, pending(), true);
		}
		// the domain's owner raised its own incident from the domain's window; its hires
		// are still pending
		watch.restore(incident("i-domain", DOMAIN, this.now, null));
		this.ledger.apply(Anomalies.open("P1", "p1@" + DOMAIN, "zu-P1", "ev-P1", AnomalyKind.PENDING_AFTER_CREATE,
				new Classification(PendingCause.DOMAIN_NOT_VERIFIED, Map.of(), List.of(), Severity.WARNING, false),
				this.now));
		this.clockNow = this.clockNow.plus(this.defaults.spike().accountSettle());
		watch.tick();

		assertThat(this.published).isEmpty();
		assertThat(watch.openIncidents()).extracting(PendingIncident::getIncidentId).containsExactly("i-domain");
	}

	@Test
	void anAccountWideBurstIsRaisedOnceItHasSettled() {
		SpikeWatch watch = watch(SpikeOwnership.everything());
		for (int i = 0; i < 6; i++) {
			watch.observe(SpikeDetector.ALL, pending(), true);
		}
		watch.tick();
		assertThat(this.published).as("still settling").isEmpty();

		this.clockNow = this.clockNow.plus(this.defaults.spike().accountSettle());
		watch.tick();

		assertThat(this.published).singleElement().satisfies((raised) -> {
			assertThat(raised.getScope()).isEqualTo(DOMAIN);
			assertThat(raised.getClosedAt()).isNull();
		});
	}

	private Observation pending() {
		return new Observation(this.now, DOMAIN, PendingCause.DOMAIN_NOT_VERIFIED);
	}

	private SpikeWatch watch(SpikeOwnership ownership) {
		return new SpikeWatch(new FixedZoom(Map.of(DOMAIN, "verified"), Optional.empty()), this.outbox,
				this.defaults.spike(), "incidents", new AuditorMetrics(new SimpleMeterRegistry(), this.ledger),
				this.clock, this.ledger, new DomainStatuses(), ownership, () -> {
				});
	}

	private static PendingIncident incident(String id, String scope, Instant openedAt, Instant closedAt) {
		return PendingIncident.newBuilder()
			.setIncidentId(id)
			.setScope(scope)
			.setLikelyCause(PendingCause.DOMAIN_NOT_VERIFIED)
			.setSummary("test incident")
			.setPendingCount(6)
			.setWindowCount(6)
			.setOpenedAt(openedAt)
			.setClosedAt(closedAt)
			.setResolution((closedAt != null) ? "resolved" : null)
			.build();
	}

}

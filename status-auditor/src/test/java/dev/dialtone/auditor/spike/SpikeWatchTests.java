package dev.dialtone.auditor.spike;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.auditor.classify.Classification;
import dev.dialtone.auditor.classify.DomainStatuses;
import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.support.FixedZoom;
import dev.dialtone.auditor.support.Outcomes;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.PendingIncident;
import dev.dialtone.contracts.Severity;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident wording, its likely cause agreeing with managed_domains, its lifecycle
 * (open while its cause holds, closed with a resolution) and which outcomes count as
 * hires, with the default spike rules (windows of 100 and 20, at least 5 pending, 5 %
 * account share, 20 % before a baseline exists).
 */
@Tag("fast")
class SpikeWatchTests {

	private static final String OBSERVATIONS = "observations";

	private final List<PendingIncident> incidents = new ArrayList<>();

	private final Map<String, String> managedDomains = new HashMap<>(
			Map.of("corp.example", "verified", "acquired.example", "unverified", "lapsed.example", "unverified"));

	private final AnomalyLedger ledger = new AnomalyLedger();

	private Instant now = Instant.parse("2026-11-30T09:00:00Z");

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
			return SpikeWatchTests.this.now;
		}
	};

	private final RecordingOutbox outbox = new RecordingOutbox();

	private final SpikeWatch watch = new SpikeWatch(new FixedZoom(this.managedDomains, Optional.empty()), this.outbox,
			defaults().spike(), defaults().topics().incidents(),
			new AuditorMetrics(new SimpleMeterRegistry(), this.ledger), this.clock, this.ledger, new DomainStatuses());

	/** The outcome listener's side: observations looped back as the topic would. */
	private final SpikeFeed feed = new SpikeFeed(this.outbox, OBSERVATIONS, this.clock);

	private int people;

	@Test
	void anAccountWideJumpNamedAfterADomainStatesTheAccountNumbersAndTheDomainsPart() {
		hires(15, "corp.example");
		pendingOnTwoDomains();
		assertThat(this.incidents).as("an account-wide burst waits for the other instances").isEmpty();
		settle();

		// the domain's own window (3 of 3) is below min-pending: the account's numbers
		// are what raised it
		assertThat(this.incidents).singleElement().satisfies((incident) -> {
			assertThat(incident.getScope()).isEqualTo("acquired.example");
			assertThat(incident.getSummary())
				.isEqualTo("5 of the last 20 hires are pending (no baseline yet); 3 of them"
						+ " on acquired.example; managed_domains reports acquired.example unverified (status unverified)"
						+ " (likely cause DOMAIN_NOT_VERIFIED)");
			assertThat(incident.getPendingCount()).isEqualTo(5);
			assertThat(incident.getWindowCount()).isEqualTo(20);
		});
	}

	@Test
	void theSummaryNamesTheBaselineOnceThereIsOne() {
		hires(250, "corp.example");
		pendingOnTwoDomains();
		for (int i = 0; i < 10; i++) {
			observe("acquired.example", FinalState.PENDING, PendingCause.DOMAIN_NOT_VERIFIED);
		}
		settle();

		assertThat(this.incidents).singleElement()
			.extracting(PendingIncident::getSummary)
			.asString()
			.startsWith("5 of the last 100 hires are pending (baseline 0%); 3 of them on acquired.example; ");
	}

	@Test
	void completedTerminationsAndSkippedEventsAreNoHires() {
		for (int i = 0; i < 40; i++) {
			observe("acquired.example", (i % 2 == 0) ? FinalState.DEPROVISIONED : FinalState.SKIPPED, null);
		}
		for (int i = 0; i < 5; i++) {
			observe("acquired.example", FinalState.PENDING, PendingCause.DOMAIN_NOT_VERIFIED);
		}

		// counted as hires, 40 leavers would have diluted the 5 pending below every
		// threshold
		assertThat(this.incidents).singleElement().satisfies((incident) -> {
			assertThat(incident.getSummary()).startsWith("5 of the last 5 hires on acquired.example are pending; ");
			assertThat(incident.getWindowCount()).isEqualTo(5);
		});
	}

	@Test
	void anIncidentStaysOpenWhileItsCauseHoldsAndClosesWithWhatResolvedIt() {
		List<String> people = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			people.add(observe("acquired.example", FinalState.PENDING, PendingCause.DOMAIN_NOT_VERIFIED));
		}
		people.forEach((id) -> this.ledger.apply(pendingAnomaly(id, "acquired.example")));
		assertThat(this.incidents).singleElement().extracting(PendingIncident::getClosedAt).isNull();

		this.now = this.now.plus(Duration.ofMinutes(30));
		this.watch.tick();
		assertThat(this.watch.openIncidents()).as("window aged out, hires still pending").hasSize(1);

		people.forEach((id) -> this.ledger
			.apply(Anomalies.resolve(this.ledger.anomaly(id).orElseThrow(), this.now, "re-driven and active")));
		this.watch.tick();
		assertThat(this.watch.openIncidents()).as("nobody pending, domain still unverified (re-read)").hasSize(1);

		this.managedDomains.put("acquired.example", "verified");
		this.now = this.now.plus(Duration.ofMinutes(5));
		this.watch.tick();
		assertThat(this.watch.openIncidents()).isEmpty();
		assertThat(this.incidents).hasSize(2).last().satisfies((closed) -> {
			assertThat(closed.getClosedAt()).isEqualTo(this.now);
			assertThat(closed.getResolution())
				.isEqualTo("managed_domains reports acquired.example verified and none of its hires is pending");
			assertThat(closed.getTimeToResolveMillis()).isEqualTo(Duration.ofSeconds(2100).toMillis());
			assertThat(closed.getSummary()).contains(
					"resolved: managed_domains reports acquired.example verified and none of its hires is pending;"
							+ " time to resolve 2100 s");
		});
	}

	@Test
	void theLikelyCauseAgreesWithManagedDomainsWhateverTheWindowSaid() {
		for (int i = 0; i < 6; i++) {
			observe("lapsed.example", FinalState.PENDING, PendingCause.EXISTING_PERSONAL_ACCOUNT);
		}
		assertThat(this.incidents).singleElement().satisfies((incident) -> {
			assertThat(incident.getLikelyCause()).isEqualTo(PendingCause.DOMAIN_NOT_VERIFIED);
			assertThat(incident.getSummary())
				.contains("managed_domains reports lapsed.example unverified (status unverified)"
						+ " (likely cause DOMAIN_NOT_VERIFIED)");
		});
	}

	private PendingAnomaly pendingAnomaly(String employeeId, String domain) {
		Classification classification = new Classification(PendingCause.DOMAIN_NOT_VERIFIED, Map.of(), List.of(),
				Severity.WARNING, false);
		return Anomalies.open(employeeId, employeeId.toLowerCase() + "@" + domain, "zu-" + employeeId,
				"ev-" + employeeId, AnomalyKind.PENDING_AFTER_CREATE, classification, this.now);
	}

	/**
	 * 3 pending on acquired.example and 2 personal accounts elsewhere: 60 % on one
	 * domain, 3 below min-pending.
	 */
	private void pendingOnTwoDomains() {
		for (int i = 0; i < 5; i++) {
			if (i % 2 == 0) {
				observe("acquired.example", FinalState.PENDING, PendingCause.DOMAIN_NOT_VERIFIED);
			}
			else {
				observe("other.example", FinalState.PENDING, PendingCause.EXISTING_PERSONAL_ACCOUNT);
			}
		}
	}

	private void hires(int count, String domain) {
		for (int i = 0; i < count; i++) {
			observe(domain, FinalState.ACTIVE_PHONE_READY, null);
		}
	}

	private String observe(String domain, FinalState state, PendingCause cause) {
		String id = "S" + (++this.people);
		this.feed.observed(Outcomes.outcome(id, id.toLowerCase() + "@" + domain, state).build(), cause);
		return id;
	}

	/** The account-wide burst's settle time passes and the watch ticks. */
	private void settle() {
		this.now = this.now.plus(defaults().spike().accountSettle());
		this.watch.tick();
	}

	private static AuditorProperties defaults() {
		return new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("dialtone.auditor",
				AuditorProperties.class);
	}

	private final class RecordingOutbox implements Outbox {

		@Override
		public void send(String topic, String key, Object value, Map<String, String> headers) {
			if (OBSERVATIONS.equals(topic)) {
				SpikeWatchTests.this.watch.observe(key, SpikeFeed.decode((byte[]) value), true);
			}
			else {
				SpikeWatchTests.this.incidents.add((PendingIncident) value);
			}
		}

		@Override
		public void atomically(Runnable work) {
			work.run();
		}

	}

}

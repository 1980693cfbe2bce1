package dev.dialtone.auditor.spike;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dialtone.auditor.config.AuditorProperties.Spike;
import dev.dialtone.auditor.spike.SpikeDetector.Burst;
import dev.dialtone.auditor.spike.SpikeDetector.Observation;
import dev.dialtone.contracts.PendingCause;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class SpikeDetectorTests {

	private final SpikeDetector detector = new SpikeDetector(new Spike(100, 20, Duration.ofMinutes(10), 5, 0.5, 0.05,
			0.04, 1000, Duration.ofHours(2), Duration.ofSeconds(2)));

	private Instant now = Instant.parse("2026-11-30T08:00:00Z");

	@Test
	void aBurstOfPendingHiresOnOneDomainRaisesExactlyOneSpikeNamingIt() {
		List<Burst> bursts = new ArrayList<>();
		// a normal day: 2 % scattered personal accounts
		for (int i = 0; i < 300; i++) {
			feed((i % 2 == 0) ? "corp.example" : "other.example",
					(i % 50 == 0) ? PendingCause.EXISTING_PERSONAL_ACCOUNT : null)
				.ifPresent(bursts::add);
		}
		for (int i = 0; i < 30; i++) {
			feed("acquired.example", PendingCause.DOMAIN_NOT_VERIFIED).ifPresent(bursts::add);
		}
		assertThat(bursts).hasSize(1);
		assertThat(bursts.get(0).scope()).isEqualTo("acquired.example");
		assertThat(bursts.get(0).likelyCause()).isEqualTo(PendingCause.DOMAIN_NOT_VERIFIED);
		assertThat(bursts.get(0).pending()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void aRecentShareThatDoesNotRiseAboveTheBaselineIsNoJump() {
		List<Burst> bursts = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			feed("d" + (i % 9) + ".example", (i % 14 == 0) ? PendingCause.EXISTING_PERSONAL_ACCOUNT : null)
				.ifPresent(bursts::add);
		}
		// 7 % all day long is this account's normal, not a jump
		assertThat(bursts).isEmpty();
		for (int i = 0; i < 100; i++) {
			feed("d" + (i % 9) + ".example", (i % 5 == 0) ? PendingCause.PREPROVISIONING_DISABLED : null)
				.ifPresent(bursts::add);
		}
		// 7 % to 20 % is
		assertThat(bursts).singleElement().extracting(Burst::scope).isEqualTo(SpikeDetector.ALL);
	}

	@Test
	void scatteredPendingUsersRaiseNothing() {
		List<Burst> bursts = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			PendingCause cause = (i % 25 == 0) ? PendingCause.EXISTING_PERSONAL_ACCOUNT : null;
			feed("d" + (i % 7) + ".example", cause).ifPresent(bursts::add);
		}
		assertThat(bursts).isEmpty();
	}

	@Test
	void anAccountWideJumpAcrossDomainsIsScopeAll() {
		List<Burst> bursts = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			PendingCause cause = (i % 3 == 0) ? PendingCause.PREPROVISIONING_DISABLED : null;
			feed("d" + (i % 8) + ".example", cause).ifPresent(bursts::add);
		}
		assertThat(bursts).singleElement().satisfies((b) -> {
			assertThat(b.scope()).isEqualTo(SpikeDetector.ALL);
			assertThat(b.likelyCause()).isEqualTo(PendingCause.PREPROVISIONING_DISABLED);
		});
	}

	@Test
	void aScopeRaisesNoSecondSpikeUntilItsIncidentCloses() {
		List<Burst> bursts = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			feed("acquired.example", PendingCause.DOMAIN_NOT_VERIFIED).ifPresent(bursts::add);
		}
		assertThat(bursts).hasSize(1);
		this.detector.close("acquired.example");
		feed("acquired.example", PendingCause.DOMAIN_NOT_VERIFIED).ifPresent(bursts::add);
		assertThat(bursts).hasSize(2);
	}

	@Test
	void oldObservationsLeaveTheWindow() {
		for (int i = 0; i < 4; i++) {
			feed("acquired.example", PendingCause.DOMAIN_NOT_VERIFIED);
		}
		this.now = this.now.plus(Duration.ofMinutes(11));
		assertThat(feed("acquired.example", PendingCause.DOMAIN_NOT_VERIFIED)).isEmpty();
	}

	@Test
	void aQuietAccountFormsItsBaselineFromOutcomesThatAgedOutOfTheWindow() {
		List<Burst> bursts = new ArrayList<>();
		// six hires a minute (never 100 within ten minutes) for over an hour, none
		// pending
		for (int i = 0; i < 400; i++) {
			feed(Duration.ofSeconds(10), "d" + (i % 9) + ".example", null).ifPresent(bursts::add);
		}
		assertThat(bursts).isEmpty();
		// then 6 of the next 60 pending, one per domain: 10 % against a 0 % baseline,
		// under the no-baseline bar of 20 %
		for (int i = 0; i < 60; i++) {
			PendingCause cause = (i % 10 == 0) ? PendingCause.PREPROVISIONING_DISABLED : null;
			feed(Duration.ofSeconds(10), "d" + (i % 9) + ".example", cause).ifPresent(bursts::add);
		}
		assertThat(bursts).singleElement().satisfies((b) -> {
			assertThat(b.scope()).isEqualTo(SpikeDetector.ALL);
			assertThat(b.jump().baselineShare()).isEqualTo(0.0);
		});
	}

	@Test
	void theBaselineForgetsOutcomesOlderThanTheBaselineWindow() {
		List<Burst> bursts = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			feed(Duration.ofSeconds(10), "d" + (i % 9) + ".example", null);
		}
		// three quiet hours: the old traffic is past the baseline window, so only a clear
		// jump counts again
		this.now = this.now.plus(Duration.ofHours(3));
		for (int i = 0; i < 60; i++) {
			PendingCause cause = (i % 10 == 0) ? PendingCause.PREPROVISIONING_DISABLED : null;
			feed(Duration.ofSeconds(10), "d" + (i % 9) + ".example", cause).ifPresent(bursts::add);
		}
		assertThat(bursts).isEmpty();
	}

	private Optional<Burst> feed(String domain, PendingCause cause) {
		return feed(Duration.ofSeconds(1), domain, cause);
	}

	private Optional<Burst> feed(Duration after, String domain, PendingCause cause) {
		this.now = this.now.plus(after);
		return this.detector.observe(new Observation(this.now, domain, cause));
	}

}

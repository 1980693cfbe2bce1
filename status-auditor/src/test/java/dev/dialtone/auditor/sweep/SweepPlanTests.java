package dev.dialtone.auditor.sweep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.auditor.classify.ZoomUserClassifier.ZoomUserRead;
import dev.dialtone.auditor.remediate.AutoRemediation;
import dev.dialtone.auditor.sweep.SweepPlan.Changes;
import dev.dialtone.auditor.sweep.SweepPlan.Known;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One sweep's changes: new anomalies once per user, resolution when a user is gone. */
@Tag("fast")
class SweepPlanTests {

	private static final Instant FIRST = Instant.parse("2026-12-01T10:00:00Z");

	private static final Instant SECOND = Instant.parse("2026-12-01T11:00:00Z");

	private static final Map<String, String> DOMAINS = Map.of("corp.example", "verified", "acquired.example",
			"unverified");

	private static final List<ZoomUserRead> PENDING = List.of(pending("u-ana", "ana@acquired.example"),
			pending("u-kim", "kim@typo-corp.example"), pending("u-noor", "noor@corp.example"),
			pending("u-tom", "Tom@corp.example"));

	@Test
	void eachPendingUserGetsOneClassifiedAnomalyMarkedAsSwept() {
		Changes changes = SweepPlan.plan(PENDING, DOMAINS, FIRST, SweepPlanTests::knowsTom, List.of());
		assertThat(changes.resolved()).isEmpty();
		assertThat(changes.opened()).extracting(PendingAnomaly::getCause)
			.containsExactly(PendingCause.DOMAIN_NOT_VERIFIED, PendingCause.DOMAIN_NOT_VERIFIED,
					PendingCause.EXISTING_PERSONAL_ACCOUNT, PendingCause.WRONG_CREATE_ACTION);
		assertThat(changes.opened()).allSatisfy((anomaly) -> {
			assertThat(anomaly.getStatus()).isEqualTo(AnomalyStatus.OPEN);
			assertThat(anomaly.getEvidence()).containsEntry(SweepPlan.FOUND_BY, SweepPlan.ACCOUNT_SWEEP)
				.containsEntry(AutoRemediation.AWAITING, SweepPlan.AWAITING_SWEEP);
			assertThat(SweepPlan.swept(anomaly)).isTrue();
		});
		assertThat(changes.opened()).extracting(PendingAnomaly::getEmployeeId)
			.containsExactly("zoom-user:u-ana", "zoom-user:u-kim", "zoom-user:u-noor", "E-7");
		assertThat(changes.opened().get(3).getEvidence()).containsEntry("dialtoneEmployee", "E-7")
			.containsEntry("createAction", "create");
	}

	@Test
	void keysAreDeterministicAndAUserFoundAgainIsTheSameAnomaly() {
		Changes first = SweepPlan.plan(PENDING, DOMAINS, FIRST, SweepPlanTests::knowsTom, List.of());
		Changes again = SweepPlan.plan(PENDING, DOMAINS, SECOND, SweepPlanTests::knowsTom, List.of());
		assertThat(again.opened()).extracting(PendingAnomaly::getAnomalyId)
			.containsExactlyElementsOf(first.opened().stream().map(PendingAnomaly::getAnomalyId).toList());
		Changes second = SweepPlan.plan(PENDING, DOMAINS, SECOND, SweepPlanTests::knowsTom, first.opened());
		assertThat(second.opened()).isEmpty();
		assertThat(second.resolved()).isEmpty();
	}

	@Test
	void aUserNoLongerPendingResolvesOnlyItsSweptAnomaly() {
		Changes first = SweepPlan.plan(PENDING, DOMAINS, FIRST, SweepPlanTests::knowsTom, List.of());
		PendingAnomaly dialtoneHire = PendingAnomaly.newBuilder(first.opened().get(0))
			.setZoomUserId("u-hire")
			.setWorkEmail("hire@acquired.example")
			.setEvidence(Map.of())
			.build();
		List<PendingAnomaly> open = new ArrayList<>(first.opened());
		open.add(dialtoneHire);
		Changes second = SweepPlan.plan(PENDING.subList(1, 4), DOMAINS, SECOND, SweepPlanTests::knowsTom, open);
		assertThat(second.opened()).isEmpty();
		assertThat(second.resolved()).singleElement().satisfies((resolved) -> {
			assertThat(resolved.getZoomUserId()).isEqualTo("u-ana");
			assertThat(resolved.getStatus()).isEqualTo(AnomalyStatus.RESOLVED);
			assertThat(resolved.getResolution().getHow()).startsWith("no longer pending in Zoom");
		});
	}

	@Test
	void aUserDialtoneAlreadyTracksIsLeftToItsOwnAnomaly() {
		PendingAnomaly tracked = PendingAnomaly
			.newBuilder(SweepPlan.plan(PENDING.subList(2, 3), DOMAINS, FIRST, (email) -> Optional.empty(), List.of())
				.opened()
				.get(0))
			.setZoomUserId("other-id")
			.setEvidence(Map.of())
			.build();
		Changes changes = SweepPlan.plan(PENDING.subList(2, 3), DOMAINS, SECOND, (email) -> Optional.empty(),
				List.of(tracked));
		assertThat(changes.opened()).isEmpty();
		assertThat(changes.resolved()).isEmpty();
	}

	private static Optional<Known> knowsTom(String email) {
		return "tom@corp.example".equals(email) ? Optional.of(new Known("E-7", "create")) : Optional.empty();
	}

	private static ZoomUserRead pending(String id, String email) {
		return new ZoomUserRead(id, email, "pending", List.of(), "2026-11-30T08:00:00Z");
	}

}

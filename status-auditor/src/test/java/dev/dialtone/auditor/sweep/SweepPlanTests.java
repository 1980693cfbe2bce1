package dev.dialtone.auditor.sweep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.dialtone.auditor.classify.ZoomUserClassifier.ZoomUserRead;
import dev.dialtone.auditor.remediate.AutoRemediation;
import dev.dialtone.auditor.sweep.SweepPlan.Changes;
import dev.dialtone.auditor.sweep.SweepPlan.CreateAction;
import dev.dialtone.auditor.sweep.SweepPlan.Known;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.ZoomUserCreation;
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

	private static final Function<String, Optional<ZoomUserCreation>> NO_WEBHOOKS = (zoomUserId) -> Optional.empty();

	@Test
	void eachPendingUserGetsOneClassifiedAnomalyMarkedAsSwept() {
		Changes changes = SweepPlan.plan(PENDING, DOMAINS, FIRST, SweepPlanTests::knowsTom, NO_WEBHOOKS, List.of());
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
		Changes first = SweepPlan.plan(PENDING, DOMAINS, FIRST, SweepPlanTests::knowsTom, NO_WEBHOOKS, List.of());
		Changes again = SweepPlan.plan(PENDING, DOMAINS, SECOND, SweepPlanTests::knowsTom, NO_WEBHOOKS, List.of());
		assertThat(again.opened()).extracting(PendingAnomaly::getAnomalyId)
			.containsExactlyElementsOf(first.opened().stream().map(PendingAnomaly::getAnomalyId).toList());
		Changes second = SweepPlan.plan(PENDING, DOMAINS, SECOND, SweepPlanTests::knowsTom, NO_WEBHOOKS,
				first.opened());
		assertThat(second.opened()).isEmpty();
		assertThat(second.resolved()).isEmpty();
	}

	@Test
	void aUserNoLongerPendingResolvesOnlyItsSweptAnomaly() {
		Changes first = SweepPlan.plan(PENDING, DOMAINS, FIRST, SweepPlanTests::knowsTom, NO_WEBHOOKS, List.of());
		PendingAnomaly dialtoneHire = PendingAnomaly.newBuilder(first.opened().get(0))
			.setZoomUserId("u-hire")
			.setWorkEmail("hire@acquired.example")
			.setEvidence(Map.of())
			.build();
		List<PendingAnomaly> open = new ArrayList<>(first.opened());
		open.add(dialtoneHire);
		Changes second = SweepPlan.plan(PENDING.subList(1, 4), DOMAINS, SECOND, SweepPlanTests::knowsTom, NO_WEBHOOKS,
				open);
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
			.newBuilder(SweepPlan
				.plan(PENDING.subList(2, 3), DOMAINS, FIRST, (email) -> Optional.empty(), NO_WEBHOOKS, List.of())
				.opened()
				.get(0))
			.setZoomUserId("other-id")
			.setEvidence(Map.of())
			.build();
		Changes changes = SweepPlan.plan(PENDING.subList(2, 3), DOMAINS, SECOND, (email) -> Optional.empty(),
				NO_WEBHOOKS, List.of(tracked));
		assertThat(changes.opened()).isEmpty();
		assertThat(changes.resolved()).isEmpty();
	}

	@Test
	void aUserMadeOutsideDialtoneIsClassifiedByItsRecordedCreationType() {
		ZoomUserRead paul = pending("u-paul", "paul@corp.example");
		ZoomUserRead ines = pending("u-ines", "ines@corp.example");
		Map<String, ZoomUserCreation> webhooks = Map.of("u-paul", created("u-paul", "paul@corp.example", "create"),
				"u-ines", created("u-ines", "ines@corp.example", "ssoCreate"));
		Changes changes = SweepPlan.plan(List.of(paul, ines, PENDING.get(2)), DOMAINS, FIRST,
				(email) -> Optional.empty(), (id) -> Optional.ofNullable(webhooks.get(id)), List.of());
		assertThat(changes.opened()).extracting(PendingAnomaly::getCause)
			.containsExactly(PendingCause.WRONG_CREATE_ACTION, PendingCause.EXISTING_PERSONAL_ACCOUNT,
					PendingCause.EXISTING_PERSONAL_ACCOUNT);
		assertThat(changes.opened().get(0).getEvidence()).containsEntry("createAction", "create")
			.containsEntry("createActionSource",
					"user.created webhook at 2026-11-30T08:00:00Z, operator scim-app@corp.example")
			.doesNotContainKey("alsoPossible");
		// made with ssoCreate on a verified domain: a personal account, and nothing else
		assertThat(changes.opened().get(1).getEvidence()).containsEntry("createAction", "ssoCreate")
			.doesNotContainKey("alsoPossible");
		// no webhook recorded: as before, unknown and the other possibility named
		assertThat(changes.opened().get(2).getEvidence()).containsEntry("createAction", "not reported by Zoom")
			.containsKey("alsoPossible")
			.doesNotContainKey("createActionSource");
	}

	@Test
	void dialtonesOwnCreateActionComesBeforeAWebhooksAndAnOperatorZoomDoesNotNameIsSaidSo() {
		ZoomUserCreation sso = created("u-tom", "tom@corp.example", "ssoCreate");
		assertThat(SweepPlan.createActionOf(Optional.of(new Known("E-7", "create")), Optional.of(sso)))
			.contains(new CreateAction("create", "Dialtone's provisioning outcome"));
		assertThat(SweepPlan.createActionOf(Optional.of(new Known("E-7", null)), Optional.of(sso)))
			.map(CreateAction::action)
			.contains("ssoCreate");
		ZoomUserCreation anonymous = ZoomUserCreation.newBuilder(sso).setOperator(null).build();
		assertThat(SweepPlan.createActionOf(Optional.empty(), Optional.of(anonymous))).map(CreateAction::source)
			.contains("user.created webhook at 2026-11-30T08:00:00Z, operator not named by Zoom");
		assertThat(SweepPlan.createActionOf(Optional.empty(), Optional.empty())).isEmpty();
	}

	private static ZoomUserCreation created(String id, String email, String type) {
		return ZoomUserCreation.newBuilder()
			.setZoomUserId(id)
			.setEmail(email)
			.setCreationType(type)
			.setOperator("scim-app@corp.example")
			.setCreatedAt(Instant.parse("2026-11-30T08:00:00Z"))
			.setReceivedAt(Instant.parse("2026-11-30T08:00:01Z"))
			.build();
	}

	private static Optional<Known> knowsTom(String email) {
		return "tom@corp.example".equals(email) ? Optional.of(new Known("E-7", "create")) : Optional.empty();
	}

	private static ZoomUserRead pending(String id, String email) {
		return new ZoomUserRead(id, email, "pending", List.of(), "2026-11-30T08:00:00Z");
	}

}

package dev.dialtone.auditor.sweep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.dialtone.auditor.classify.Classification;
import dev.dialtone.auditor.classify.ZoomUserClassifier;
import dev.dialtone.auditor.classify.ZoomUserClassifier.ZoomUserRead;
import dev.dialtone.auditor.remediate.AutoRemediation;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.ZoomUserCreation;

/**
 * What one complete sweep of the account's pending users changes, as a pure function: a
 * pending user no open anomaly covers yet gets one, classified by the hires' own rules
 * ({@link ZoomUserClassifier}) and marked {@code foundBy = account sweep}; a user found
 * again is left as it is (the same anomaly, whoever found it first); a swept anomaly
 * whose user is no longer pending (active or deleted) resolves. The create action is
 * Dialtone's own (the person's outcome) when it made the user, else the
 * {@code creation_type} of the user's recorded {@code user.created} webhook, else unknown
 * ({@link #createActionOf}). Keys are deterministic: the employee Dialtone knows on the
 * email, else {@code zoom-user:<id>}, and the anomaly id derives from it and the Zoom
 * user id, so two sweeps, a restart or two instances agree.
 */
public final class SweepPlan {

	/** Evidence key saying where an anomaly was found. */
	public static final String FOUND_BY = "foundBy";

	/** {@link #FOUND_BY} of an anomaly the sweep raised. */
	public static final String ACCOUNT_SWEEP = "account sweep";

	/**
	 * {@code awaiting} of a swept anomaly: it has no HR event to re-drive, so the hires'
	 * re-check and remedies leave it to the next sweep and to people.
	 */
	public static final String AWAITING_SWEEP = "next account sweep";

	/** Key prefix of a swept user Dialtone knows no employee for. */
	public static final String UNKNOWN_EMPLOYEE_PREFIX = "zoom-user:";

	private SweepPlan() {
	}

	/**
	 * What Dialtone knows of the person on an email.
	 *
	 * @param employeeId the employee
	 * @param createAction how Dialtone created the user, or null
	 */
	public record Known(String employeeId, String createAction) {
	}

	/**
	 * How a user was made, and where that is known from.
	 *
	 * @param action {@code ssoCreate}, {@code create}, ...
	 * @param source for the evidence: Dialtone's outcome, or the webhook with its time
	 * and operator
	 */
	public record CreateAction(String action, String source) {
	}

	/**
	 * @param opened anomalies to publish for users no anomaly covered
	 * @param resolved swept anomalies whose users are no longer pending
	 */
	public record Changes(List<PendingAnomaly> opened, List<PendingAnomaly> resolved) {
	}

	/**
	 * @param pending every pending user of the account (a complete read: an anomaly whose
	 * user is missing from it resolves)
	 * @param domains managed_domains as read with it
	 * @param readAt when it was read
	 * @param known what Dialtone knows on a (lower-cased) email
	 * @param creations the recorded {@code user.created} webhook of a Zoom user id
	 * @param open the open anomalies
	 */
	public static Changes plan(List<ZoomUserRead> pending, Map<String, String> domains, Instant readAt,
			Function<String, Optional<Known>> known, Function<String, Optional<ZoomUserCreation>> creations,
			List<PendingAnomaly> open) {
		Set<String> coveredIds = new HashSet<>();
		Set<String> coveredEmails = new HashSet<>();
		for (PendingAnomaly anomaly : open) {
			coveredIds.add(anomaly.getZoomUserId());
			if (anomaly.getWorkEmail() != null) {
				coveredEmails.add(anomaly.getWorkEmail().toLowerCase(Locale.ROOT));
			}
		}
		Set<String> pendingIds = new HashSet<>();
		List<PendingAnomaly> opened = new ArrayList<>();
		for (ZoomUserRead user : pending) {
			pendingIds.add(user.zoomUserId());
			if (coveredIds.contains(user.zoomUserId())
					|| coveredEmails.contains(user.email().toLowerCase(Locale.ROOT))) {
				continue;
			}
			Optional<Known> person = known.apply(user.email().toLowerCase(Locale.ROOT));
			Optional<CreateAction> created = createActionOf(person, creations.apply(user.zoomUserId()));
			Classification classification = ZoomUserClassifier.classify(user, domains, readAt,
					created.map(CreateAction::action).orElse(null), created.map(CreateAction::source).orElse(null),
					person.map(Known::employeeId).orElse(null));
			String key = person.map(Known::employeeId).orElse(UNKNOWN_EMPLOYEE_PREFIX + user.zoomUserId());
			PendingAnomaly anomaly = Anomalies.open(key, user.email(), user.zoomUserId(),
					"account-sweep:" + user.zoomUserId(), AnomalyKind.PENDING_AFTER_CREATE, classification, readAt);
			opened.add(Anomalies.withEvidence(PendingAnomaly.newBuilder(anomaly),
					Map.of(FOUND_BY, ACCOUNT_SWEEP, AutoRemediation.AWAITING, AWAITING_SWEEP)));
		}
		List<PendingAnomaly> resolved = open.stream()
			.filter(SweepPlan::swept)
			.filter((anomaly) -> !pendingIds.contains(anomaly.getZoomUserId()))
			.map((anomaly) -> Anomalies.resolve(anomaly, readAt,
					"no longer pending in Zoom (active or deleted) at the account sweep of " + readAt))
			.toList();
		return new Changes(opened, resolved);
	}

	/**
	 * The create action the sweep classifies by: Dialtone's own when its outcome recorded
	 * one (it made the user), else the {@code creation_type} Zoom's {@code user.created}
	 * webhook gave; empty when neither is known (Zoom's user read does not say).
	 */
	public static Optional<CreateAction> createActionOf(Optional<Known> person, Optional<ZoomUserCreation> creation) {
		Optional<CreateAction> dialtone = person.map(Known::createAction)
			.map((action) -> new CreateAction(action, "Dialtone's provisioning outcome"));
		if (dialtone.isPresent()) {
			return dialtone;
		}
		return creation.map((webhook) -> new CreateAction(webhook.getCreationType(),
				"user.created webhook at " + webhook.getCreatedAt() + ", operator "
						+ ((webhook.getOperator() != null) ? webhook.getOperator() : "not named by Zoom")));
	}

	/** True when the sweep raised this anomaly. */
	public static boolean swept(PendingAnomaly anomaly) {
		return ACCOUNT_SWEEP.equals(anomaly.getEvidence().get(FOUND_BY));
	}

}

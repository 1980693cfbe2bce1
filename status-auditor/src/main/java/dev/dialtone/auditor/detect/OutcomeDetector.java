package dev.dialtone.auditor.detect;

import java.util.Optional;

import dev.dialtone.auditor.classify.PendingClassifier;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.ProvisioningOutcome;

/**
 * Decides whether an outcome is an anomaly at all, and of which kind.
 */
public final class OutcomeDetector {

	private OutcomeDetector() {
	}

	public static Optional<AnomalyKind> kindOf(ProvisioningOutcome outcome) {
		FinalState state = outcome.getFinalState();
		if (state == FinalState.PENDING) {
			return Optional.of(AnomalyKind.PENDING_AFTER_CREATE);
		}
		if (state == FinalState.ACTIVE_PHONE_INCOMPLETE) {
			return Optional.of(AnomalyKind.PHONE_INCOMPLETE);
		}
		// 2002 is not a pending user, but it is the account-wide reason every later hire
		// would fail: worth an anomaly.
		Integer createError = PendingClassifier.createErrorCode(outcome);
		if (state == FinalState.FAILED && createError != null && createError == 2002) {
			return Optional.of(AnomalyKind.PENDING_AFTER_CREATE);
		}
		// any other failure is in front of a person too, with its cause and facts
		if (state == FinalState.FAILED) {
			return Optional.of(AnomalyKind.OUTCOME_FAILED);
		}
		return Optional.empty();
	}

	/** True for the kinds where the Zoom user itself is pending. */
	public static boolean pendingKind(AnomalyKind kind) {
		return kind == AnomalyKind.PENDING_AFTER_CREATE || kind == AnomalyKind.PENDING_SLA_BREACHED;
	}

	/**
	 * True when the outcome shows the person provisioned as asked: any open anomaly for
	 * them is over.
	 */
	public static boolean resolves(ProvisioningOutcome outcome) {
		return outcome.getFinalState() == FinalState.ACTIVE_PHONE_READY;
	}

	/**
	 * True when the anomaly is the OUTCOME_MISSING of the very event this outcome
	 * answers.
	 */
	public static boolean answersMissing(PendingAnomaly anomaly, ProvisioningOutcome outcome) {
		return anomaly.getKind() == AnomalyKind.OUTCOME_MISSING
				&& outcome.getEventId().equals(anomaly.getSourceEventId());
	}

	/**
	 * True when the outcome is a completed termination: whatever was pending for the
	 * person no longer matters.
	 */
	public static boolean personLeft(ProvisioningOutcome outcome) {
		return outcome.getFinalState() == FinalState.DEPROVISIONED;
	}

}

package dev.dialtone.worker.outcome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingEvidence;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * How a handler ended: the final state plus what Zoom reported; the steps are kept
 * separately by the event's {@link dev.dialtone.worker.step.Steps}.
 *
 * @param state where the person ended up
 * @param zoomUserId Zoom user id, when a user exists and belongs to the employee
 * @param zoomStatus status read back (active, pending, inactive) or null
 * @param loginTypes login types read back
 * @param reason why it failed or was skipped, for an operator
 * @param evidence what the worker saw around a pending user
 * @param cause why a FAILED outcome failed (null: derived when the outcome is built)
 * @param facts names and ids an operator needs to act (conflicting employee, holders)
 */
public record Conclusion(FinalState state, String zoomUserId, String zoomStatus, List<Integer> loginTypes,
		String reason, PendingEvidence evidence, FailureCause cause, Map<String, String> facts) {

	public Conclusion {
		loginTypes = (loginTypes != null) ? List.copyOf(loginTypes) : List.of();
		facts = (facts != null) ? Map.copyOf(facts) : Map.of();
	}

	public Conclusion(FinalState state, String zoomUserId, String zoomStatus, List<Integer> loginTypes, String reason,
			PendingEvidence evidence) {
		this(state, zoomUserId, zoomStatus, loginTypes, reason, evidence, null, Map.of());
	}

	public static Conclusion of(FinalState state, ZoomUser user) {
		return new Conclusion(state, user.id(), user.status().wireValue(), user.loginTypes(), null, null);
	}

	public static Conclusion pending(ZoomUser user, PendingEvidence evidence) {
		return new Conclusion(FinalState.PENDING, user.id(), user.status().wireValue(), user.loginTypes(), null,
				evidence);
	}

	public static Conclusion failed(String reason) {
		return new Conclusion(FinalState.FAILED, null, null, List.of(), reason, null);
	}

	public static Conclusion failed(FailureCause cause, String reason) {
		return failed(reason).withCause(cause);
	}

	public static Conclusion skipped(String reason) {
		return new Conclusion(FinalState.SKIPPED, null, null, List.of(), reason, null);
	}

	public Conclusion withReason(String why) {
		return new Conclusion(this.state, this.zoomUserId, this.zoomStatus, this.loginTypes, why, this.evidence,
				this.cause, this.facts);
	}

	public Conclusion withState(FinalState newState) {
		return new Conclusion(newState, this.zoomUserId, this.zoomStatus, this.loginTypes, this.reason, this.evidence,
				this.cause, this.facts);
	}

	public Conclusion withCause(FailureCause why) {
		return new Conclusion(this.state, this.zoomUserId, this.zoomStatus, this.loginTypes, this.reason, this.evidence,
				why, this.facts);
	}

	public Conclusion withFacts(Map<String, String> more) {
		Map<String, String> merged = new LinkedHashMap<>(this.facts);
		merged.putAll(more);
		return new Conclusion(this.state, this.zoomUserId, this.zoomStatus, this.loginTypes, this.reason, this.evidence,
				this.cause, merged);
	}

}

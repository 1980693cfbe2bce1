package dev.dialtone.worker.outcome;

import java.util.List;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingEvidence;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * How a handler ended: the final state plus what Zoom reported; the steps are kept
 * separately by the event's {@link dev.dialtone.worker.step.Steps}.
 *
 * @param state where the person ended up
 * @param zoomUserId Zoom user id, when a user exists
 * @param zoomStatus status read back (active, pending, inactive) or null
 * @param loginTypes login types read back
 * @param reason why it failed or was skipped, for an operator
 * @param evidence what the worker saw around a pending user
 */
public record Conclusion(FinalState state, String zoomUserId, String zoomStatus, List<Integer> loginTypes,
		String reason, PendingEvidence evidence) {

	public Conclusion {
		loginTypes = (loginTypes != null) ? List.copyOf(loginTypes) : List.of();
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

	public static Conclusion skipped(String reason) {
		return new Conclusion(FinalState.SKIPPED, null, null, List.of(), reason, null);
	}

	public Conclusion withReason(String why) {
		return new Conclusion(this.state, this.zoomUserId, this.zoomStatus, this.loginTypes, why, this.evidence);
	}

	public Conclusion withState(FinalState newState) {
		return new Conclusion(newState, this.zoomUserId, this.zoomStatus, this.loginTypes, this.reason, this.evidence);
	}

}

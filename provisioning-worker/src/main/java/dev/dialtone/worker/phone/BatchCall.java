package dev.dialtone.worker.phone;

import java.util.List;

import dev.dialtone.contracts.StepResult;
import dev.dialtone.worker.step.RetryPolicy;
import dev.dialtone.worker.step.StepFailedException;
import dev.dialtone.worker.step.StepTimer;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomErrorKind;
import dev.dialtone.zoom.client.ZoomResponse;
import dev.dialtone.zoom.client.phone.BatchAddResult;
import dev.dialtone.zoom.client.phone.BatchPhoneUser;

/**
 * One {@code POST /phone/users/batch} for the entries a sender took up, answering each
 * entry with its own verdict. When Zoom refuses the call whole for what some entries hold
 * (a validation failure, e.g. without partial success), the batch is halved until the
 * refused entries stand alone, so only they fall back to the per-user calls.
 */
final class BatchCall {

	private final ZoomClient zoom;

	private final RetryPolicy retry;

	private final StepTimer timer;

	BatchCall(ZoomClient zoom, RetryPolicy retry, StepTimer timer) {
		this.zoom = zoom;
		this.retry = retry;
		this.timer = timer;
	}

	/**
	 * Sends the entries still queued (an entry whose employee stopped waiting took the
	 * per-user path and is left out).
	 */
	void send(List<BatchSlot> queued) {
		List<BatchSlot> batch = queued.stream().filter(BatchSlot::claimForSending).toList();
		if (!batch.isEmpty()) {
			send(batch, "");
		}
	}

	/**
	 * @param batch entries claimed for sending
	 * @param note said in each entry's step detail (why the call carries fewer users)
	 */
	private void send(List<BatchSlot> batch, String note) {
		List<BatchPhoneUser> users = batch.stream().map(BatchSlot::user).toList();
		Steps call = new Steps(false, this.retry, this.timer);
		String detail = "POST /phone/users/batch " + users.size() + " user(s)" + note;
		BatchAddResult result;
		try {
			result = call.write(PhoneBatcher.STEP, detail, () -> this.zoom.phone().batchAddUsers(users))
				.map(ZoomResponse::body)
				.orElse(null);
		}
		catch (StepFailedException ex) {
			if (users.size() > 1 && refusedWhole(ex.zoomFailure())) {
				// Zoom refused every entry for what some of them hold (without partial
				// success one bad entry fails the call): each half is sent on its own,
				// so only the entries Zoom refuses by themselves fall back
				int half = users.size() / 2;
				String split = " (split from a batch of " + users.size() + " Zoom refused whole)";
				send(batch.subList(0, half), split);
				send(batch.subList(half, batch.size()), split);
				return;
			}
			// recorded as the FAILED step: everyone falls back to the per-user calls
			result = null;
		}
		catch (RuntimeException ex) {
			// e.g. a missing scope: Zoom's refusal is recorded already and stays the
			// step (status, code, tracking id); everyone falls back to the per-user calls
			result = null;
			if (call.results().isEmpty()) {
				call.failed(PhoneBatcher.STEP, detail + ": " + ex.getMessage());
			}
		}
		StepResult step = last(call);
		for (BatchSlot pending : batch) {
			boolean added = result != null && result.added(pending.user().email()).isPresent();
			StepResult own = StepResult.newBuilder(step)
				.setDetail(detail + ", " + (added ? "added" : "not added")
						+ ((result != null) ? " (" + result.added().size() + " added)" : ""))
				.build();
			pending.verdict().complete(new PhoneBatcher.Verdict(added, users.size(), own));
		}
	}

	/**
	 * A 4xx that refuses the request for its content (validation), not the caller: the
	 * same call with fewer entries can succeed. A missing scope or a retryable failure
	 * would refuse the halves too.
	 */
	static boolean refusedWhole(ZoomApiException failure) {
		return failure != null && failure.kind() == ZoomErrorKind.REJECTED && !failure.isMissingScope();
	}

	private static StepResult last(Steps call) {
		List<StepResult> results = call.results();
		return results.get(results.size() - 1);
	}

}

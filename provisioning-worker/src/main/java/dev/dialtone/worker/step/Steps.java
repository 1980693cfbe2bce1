package dev.dialtone.worker.step;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.dialtone.contracts.StepResult;
import dev.dialtone.contracts.StepStatus;
import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomResponse;

/**
 * Runs the Zoom calls of one event and records each as a {@link StepResult}: reads always
 * run, writes only when not a dry run (then they are recorded as PLANNED). Retryable
 * failures are retried here, inside the event's lane, so the employee's later events wait
 * behind them and order is kept.
 */
public final class Steps {

	private final boolean dryRun;

	private final RetryPolicy retry;

	private final StepTimer timer;

	private final List<StepResult> results = new ArrayList<>();

	private final Map<String, String> facts = new LinkedHashMap<>();

	private boolean lastCallUncertain;

	public Steps(boolean dryRun, RetryPolicy retry, StepTimer timer) {
		this.dryRun = dryRun;
		this.retry = retry;
		this.timer = timer;
	}

	public boolean dryRun() {
		return this.dryRun;
	}

	/**
	 * @return the steps recorded so far, in order
	 */
	public List<StepResult> results() {
		return List.copyOf(this.results);
	}

	/**
	 * Notes a fact for the outcome (an adopted Zoom user, who holds a taken extension).
	 */
	public void fact(String name, String value) {
		if (value != null) {
			this.facts.put(name, value);
		}
	}

	/**
	 * @return the facts noted so far
	 */
	public Map<String, String> facts() {
		return Map.copyOf(this.facts);
	}

	/** A Zoom read: always executed. Failures are recorded and rethrown. */
	public <T> T read(String name, String detail, Supplier<ZoomResponse<T>> call) {
		return attempt(name, detail, call, (e) -> false).orElseThrow().body();
	}

	/**
	 * A Zoom read whose {@code absent} failures (e.g. 404/1001) mean "not there":
	 * recorded as SKIPPED, returns empty.
	 */
	public <T> Optional<T> find(String name, String detail, Predicate<ZoomApiException> absent,
			Supplier<ZoomResponse<T>> call) {
		return attempt(name, detail, call, absent).map(ZoomResponse::body);
	}

	/**
	 * A Zoom write; in a dry run recorded as PLANNED and not executed.
	 * @return the response when the write was executed and succeeded; empty when planned
	 */
	public <T> Optional<ZoomResponse<T>> write(String name, String detail, Supplier<ZoomResponse<T>> call) {
		return write(name, detail, (e) -> false, call);
	}

	/**
	 * A Zoom write whose {@code expected} failures mean "already as desired" or "taken,
	 * try another": recorded as SKIPPED with Zoom's code.
	 * @return the response when the write was executed and succeeded; empty when planned
	 * or an expected failure
	 */
	public <T> Optional<ZoomResponse<T>> write(String name, String detail, Predicate<ZoomApiException> expected,
			Supplier<ZoomResponse<T>> call) {
		if (this.dryRun) {
			planned(name, detail);
			return Optional.empty();
		}
		return attempt(name, detail, call, expected);
	}

	/**
	 * Records a step that needed no call because Zoom already matches the desired state.
	 */
	public void skipped(String name, String detail) {
		this.results.add(result(name, StepStatus.SKIPPED, detail, Duration.ZERO, 0).build());
	}

	/**
	 * Records a step made on this event's behalf by a shared call (a batch serving many
	 * employees).
	 */
	public void record(StepResult result) {
		this.results.add(result);
	}

	/** Records a step that failed without a Zoom answer (a local error). */
	public void failed(String name, String detail) {
		this.results.add(result(name, StepStatus.FAILED, detail, Duration.ZERO, 0).build());
	}

	/** Records a write that a dry run would make. */
	public void planned(String name, String detail) {
		this.results.add(result(name, StepStatus.PLANNED, detail, Duration.ZERO, 0).build());
	}

	private <T> Optional<ZoomResponse<T>> attempt(String name, String detail, Supplier<ZoomResponse<T>> call,
			Predicate<ZoomApiException> expected) {
		long started = System.nanoTime();
		boolean uncertain = false;
		for (int attempt = 1;; attempt++) {
			try {
				ZoomResponse<T> response = call.get();
				this.lastCallUncertain = uncertain;
				Duration took = this.timer.record(name, "SUCCEEDED", started);
				this.results
					.add(result(name, StepStatus.SUCCEEDED, detail, took, attempt).setHttpStatus(response.status())
						.setTrackingId(response.trackingId())
						.build());
				return Optional.of(response);
			}
			catch (ZoomApiException failure) {
				if (expected.test(failure)) {
					this.lastCallUncertain = uncertain;
					Duration took = this.timer.record(name, "SKIPPED", started);
					this.results.add(failed(name, StepStatus.SKIPPED, detail, took, attempt, failure));
					return Optional.empty();
				}
				Duration pause = failure.isRetryable() ? this.retry.nextDelay(attempt, failure) : Duration.ZERO;
				boolean retry = this.retry.shouldRetry(attempt, failure)
						&& this.retry.fitsBudget(Duration.ofNanos(System.nanoTime() - started), pause);
				if (!retry) {
					this.lastCallUncertain = uncertain;
					Duration took = this.timer.record(name, "FAILED", started);
					this.results.add(failed(name, StepStatus.FAILED, detail, took, attempt, failure));
					if (failure.isMissingScope()) {
						throw new MissingScopeException(name, failure);
					}
					if (failure.isRetryable()) {
						// transient all along: it is the retry budget that ran out
						fact("retryBudgetSpent", name);
						throw new StepFailedException(name, failure, attempt, took);
					}
					throw new StepFailedException(name, failure);
				}
				// no answer, or a 5xx: Zoom may have carried the call out all the same
				uncertain |= mayHaveApplied(failure);
				pause(pause);
			}
		}
	}

	/**
	 * @return whether an attempt of the last call made through these steps failed in a
	 * way that does not say whether Zoom applied it (a timeout, a dropped connection, a
	 * 5xx) and was retried: a create's "already exists" may then be its own earlier
	 * attempt
	 */
	public boolean lastCallUncertain() {
		return this.lastCallUncertain;
	}

	private static boolean mayHaveApplied(ZoomApiException failure) {
		return switch (failure.kind()) {
			case TIMEOUT, CONNECTION_FAILED, SERVER_ERROR -> true;
			default -> false;
		};
	}

	private static void pause(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while backing off", ex);
		}
	}

	private static StepResult failed(String name, StepStatus status, String detail, Duration took, int attempt,
			ZoomApiException failure) {
		return result(name, status, detail, took, attempt).setHttpStatus(failure.status())
			.setZoomErrorCode(failure.zoomCode().orElse(null))
			.setZoomErrorMessage(failure.zoomMessage())
			.setTrackingId(failure.trackingId().orElse(null))
			.build();
	}

	private static StepResult.Builder result(String name, StepStatus status, String detail, Duration took,
			int attempt) {
		return StepResult.newBuilder()
			.setName(name)
			.setStatus(status)
			.setDetail(detail)
			.setDurationMillis(took.toMillis())
			.setAttempt(attempt);
	}

}

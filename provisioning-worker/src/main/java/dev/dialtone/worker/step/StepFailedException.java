package dev.dialtone.worker.step;

import java.time.Duration;
import java.util.Locale;

import dev.dialtone.contracts.FailureCause;
import dev.dialtone.zoom.client.ZoomApiException;

/**
 * A step ended in a non-retryable Zoom failure (or ran out of retries); already recorded
 * as a FAILED step.
 */
public class StepFailedException extends RuntimeException {

	private final String step;

	private final ZoomApiException zoomFailure;

	private final boolean retriesSpent;

	public StepFailedException(String step, ZoomApiException zoomFailure) {
		super(step + ": " + zoomFailure.getMessage(), zoomFailure);
		this.step = step;
		this.zoomFailure = zoomFailure;
		this.retriesSpent = false;
	}

	/**
	 * A transient failure (5xx, 429, timeout) that outlasted the retry budget.
	 * @param attempts attempts made
	 * @param took time spent on them, pauses included
	 */
	public StepFailedException(String step, ZoomApiException zoomFailure, int attempts, Duration took) {
		super(step + ": retry budget spent, gave up after " + attempts + " attempt(s) in "
				+ String.format(Locale.ROOT, "%.1f", took.toMillis() / 1000.0) + " s; last answer: "
				+ zoomFailure.getMessage(), zoomFailure);
		this.step = step;
		this.zoomFailure = zoomFailure;
		this.retriesSpent = true;
	}

	/**
	 * @return whether the step failed only because its retry budget ran out
	 */
	public boolean retriesSpent() {
		return this.retriesSpent;
	}

	public String step() {
		return this.step;
	}

	public ZoomApiException zoomFailure() {
		return this.zoomFailure;
	}

	/**
	 * @return ZOOM_REJECTED when Zoom refused the call for good (a 4xx other than 429),
	 * UNKNOWN when it kept failing (5xx, 429 after every retry)
	 */
	public FailureCause cause() {
		int status = this.zoomFailure.status();
		return (status >= 400 && status < 500 && status != 429) ? FailureCause.ZOOM_REJECTED : FailureCause.UNKNOWN;
	}

}

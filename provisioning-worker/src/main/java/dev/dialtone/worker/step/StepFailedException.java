package dev.dialtone.worker.step;

import dev.dialtone.zoom.client.ZoomApiException;

/**
 * A step ended in a non-retryable Zoom failure (or ran out of retries); already recorded
 * as a FAILED step.
 */
public class StepFailedException extends RuntimeException {

	private final String step;

	private final ZoomApiException zoomFailure;

	public StepFailedException(String step, ZoomApiException zoomFailure) {
		super(step + ": " + zoomFailure.getMessage(), zoomFailure);
		this.step = step;
		this.zoomFailure = zoomFailure;
	}

	public String step() {
		return this.step;
	}

	public ZoomApiException zoomFailure() {
		return this.zoomFailure;
	}

}

package dev.dialtone.worker.outcome;

/**
 * A handler found, part-way, that the event must end here (for example a changed work
 * email the worker cannot apply); the event processor publishes the carried conclusion as
 * the outcome.
 */
public class ConcludedException extends RuntimeException {

	private final transient Conclusion conclusion;

	public ConcludedException(Conclusion conclusion) {
		super(conclusion.reason());
		this.conclusion = conclusion;
	}

	public Conclusion conclusion() {
		return this.conclusion;
	}

}

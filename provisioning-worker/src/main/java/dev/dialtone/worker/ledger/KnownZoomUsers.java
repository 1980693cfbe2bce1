package dev.dialtone.worker.ledger;

import java.util.Optional;

/**
 * The Zoom user the worker last saw for an employee, from a durable source (the applied
 * ledger).
 */
public interface KnownZoomUsers {

	/**
	 * @return the Zoom user id the employee's latest outcome named, if any
	 */
	Optional<String> zoomUserId(String employeeId);

	/**
	 * @return a source that knows nobody (unit tests, handlers wired without Kafka)
	 */
	static KnownZoomUsers none() {
		return (employeeId) -> Optional.empty();
	}

}

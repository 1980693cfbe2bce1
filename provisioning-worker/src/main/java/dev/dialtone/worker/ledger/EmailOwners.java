package dev.dialtone.worker.ledger;

import java.util.Optional;

/**
 * Who Dialtone records as the owner of a work email and of a Zoom user: the email →
 * employee index. The worker never adopts, changes or deprovisions a Zoom user recorded
 * here for another employee.
 */
public interface EmailOwners {

	/**
	 * @param email a work email (any case)
	 * @return the employee and Zoom user recorded for it
	 */
	Optional<Owner> ofEmail(String email);

	/**
	 * @return the employee recorded for the Zoom user
	 */
	Optional<String> ofZoomUser(String zoomUserId);

	/**
	 * @return an index that knows nobody (handlers wired without Kafka)
	 */
	static EmailOwners none() {
		return new OwnerIndex();
	}

	/**
	 * @param employeeId the employee the email belongs to
	 * @param zoomUserId the employee's Zoom user
	 */
	record Owner(String employeeId, String zoomUserId) {
	}

}

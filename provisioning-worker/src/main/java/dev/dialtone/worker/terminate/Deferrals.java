package dev.dialtone.worker.terminate;

import dev.dialtone.contracts.IdentityEvent;

/**
 * Where future-dated events wait for their effective date.
 */
public interface Deferrals {

	/**
	 * Keeps the event until its effective date; a later deferral for the same employee
	 * replaces it.
	 */
	void defer(IdentityEvent event);

	/** Forgets any waiting event of the employee (it ran, or a rehire superseded it). */
	void cancel(String employeeId);

}

package dev.dialtone.worker.intake;

/**
 * The event's type is one this worker does not handle (a newer producer's type): it goes
 * to the dead-letter topic, never dropped, and can be re-driven once a worker that knows
 * it is deployed.
 */
class UnknownEventTypeException extends RuntimeException {

	UnknownEventTypeException(String message) {
		super(message);
	}

}

package dev.dialtone.producer.ownership;

/**
 * Who introduced an employee could not be read or recorded (Kafka away); retryable, so
 * answered 503 like an unacknowledged publish.
 */
public class OwnershipUnavailableException extends RuntimeException {

	OwnershipUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}

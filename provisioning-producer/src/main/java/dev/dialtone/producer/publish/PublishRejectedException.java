package dev.dialtone.producer.publish;

/**
 * The broker refused a record for what it is (larger than the topic accepts), not for
 * being away: retrying cannot help, so it is answered 413, never 503.
 */
public class PublishRejectedException extends RuntimeException {

	PublishRejectedException(String message, Throwable cause) {
		super(message, cause);
	}

}

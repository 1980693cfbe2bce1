package dev.dialtone.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * The registry refused or could not answer; {@link #status()} is the HTTP status, or -1
 * when none came back.
 */
public class SchemaRegistryException extends SerializationException {

	private final int status;

	public SchemaRegistryException(String message, int status, Throwable cause) {
		super(message, cause);
		this.status = status;
	}

	public int status() {
		return status;
	}

}

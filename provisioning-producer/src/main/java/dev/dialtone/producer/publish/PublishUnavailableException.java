package dev.dialtone.producer.publish;

import java.util.List;

/**
 * The broker did not acknowledge every event in time. The request is answered 503; events
 * listed in {@link #acknowledgedIds()} were stored and will be deduplicated when the
 * client retries the whole request.
 */
public class PublishUnavailableException extends RuntimeException {

	private final List<String> acknowledgedIds;

	PublishUnavailableException(String message, List<String> acknowledgedIds, Throwable cause) {
		super(message, cause);
		this.acknowledgedIds = List.copyOf(acknowledgedIds);
	}

	public List<String> acknowledgedIds() {
		return this.acknowledgedIds;
	}

}

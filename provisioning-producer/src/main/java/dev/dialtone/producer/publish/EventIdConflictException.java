package dev.dialtone.producer.publish;

import java.util.List;

/**
 * Event ids already used for different content: refused (409), nothing published, so a
 * reused id never silently swallows a change.
 */
public class EventIdConflictException extends RuntimeException {

	private final List<String> eventIds;

	EventIdConflictException(List<String> eventIds) {
		super("event id " + String.join(", ", eventIds)
				+ " was already used for a different change; send this change under a new event id");
		this.eventIds = List.copyOf(eventIds);
	}

	public List<String> eventIds() {
		return this.eventIds;
	}

}

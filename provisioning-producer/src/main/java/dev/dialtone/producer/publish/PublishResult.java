package dev.dialtone.producer.publish;

import java.util.List;

/**
 * Every event id of the request in order, and which of them were already published
 * earlier.
 */
public record PublishResult(List<String> eventIds, List<String> duplicates) {

	public int published() {
		return this.eventIds.size() - this.duplicates.size();
	}

}

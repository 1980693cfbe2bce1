package dev.dialtone.local.measure;

import java.time.Duration;
import java.time.Instant;

import dev.dialtone.contracts.FinalState;

/**
 * One outcome record as read from the outcomes topic.
 *
 * @param eventId the identity event it answers
 * @param employeeId its key
 * @param partition the outcomes partition, which is the identity partition of the
 * employee (same key, same partition count)
 * @param occurredAt the event's {@code occurredAt} (the moment the HR client sent it)
 * @param completedAt when the worker finished it
 * @param readAt when this process read it
 * @param finalState the result
 * @param failureReason why it did not succeed, or null
 * @param steps the outcome's steps as {@code name status ms} separated by {@code ; } (for
 * a benchmark's trace of what slow outcomes spent their time on)
 */
public record OutcomeSeen(String eventId, String employeeId, int partition, Instant occurredAt, Instant completedAt,
		Instant readAt, FinalState finalState, String failureReason, String steps) {

	/** HR submit to outcome. */
	public long latencyMillis() {
		return Duration.between(this.occurredAt, this.completedAt).toMillis();
	}

}

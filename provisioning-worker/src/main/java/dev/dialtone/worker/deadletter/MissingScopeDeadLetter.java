package dev.dialtone.worker.deadletter;

/**
 * Why an event is set aside after Zoom refused one of its calls for a missing scope: the
 * event itself is fine, so once an admin has added the scope to the Server-to-Server app,
 * re-driving the dead letters replays it unchanged (whatever its type: a hire, a move, a
 * termination). The message is the outcome's reason, naming the scope; the auditor reads
 * it from the {@code kafka_dlt-exception-message} header.
 */
public final class MissingScopeDeadLetter extends RuntimeException {

	public MissingScopeDeadLetter(String reason) {
		super(reason, null, false, false);
	}

}

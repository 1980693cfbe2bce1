package dev.dialtone.auditor.remediate;

import dev.dialtone.contracts.PendingCause;

/**
 * Where the destructive-action cap reports a stopped runaway: the incident desk (the
 * spike watch's incidents topic) in the application, a recorder in tests.
 */
@FunctionalInterface
interface RunawayAlarm {

	void automationStopped(PendingCause cause, String summary, int heldBack, int cap);

}

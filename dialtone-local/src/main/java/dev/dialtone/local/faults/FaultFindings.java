package dev.dialtone.local.faults;

import java.util.List;
import java.util.Map;

import dev.dialtone.local.measure.Holdings;
import dev.dialtone.local.measure.ZoomCalls;

/**
 * What a fault-suite run found.
 *
 * @param accepted events the producers acknowledged (202)
 * @param terminal of them, events with an outcome
 * @param finalStates outcomes by final state
 * @param holdings duplicate Zoom users, numbers and extensions held twice
 * @param pendingExpected hires on the unverified domain
 * @param pendingOutcomes employees whose outcome is PENDING
 * @param anomaliesLost pending employees without an anomaly
 * @param anomaliesDoubled pending employees with more than one anomaly id
 * @param incidents distinct incident ids for the unverified domain's spike
 * @param eventsPublishedTwice accepted event ids with more than one identity record
 * @param outcomeRedeliveries outcome records beyond the first per event (re-processed
 * after a kill; the worker's ledger and idempotent handlers make them harmless)
 * @param deadLetters identity events dead-lettered
 * @param serviceUnavailable 503s the producers answered
 * @param unreachable requests that found no producer listening
 * @param recoveries per fault, the time until throughput was back
 * @param calls the run's Zoom calls (faults injected included)
 * @param elapsedSeconds first submission to last outcome
 * @param load 1-minute load average during the run
 * @param notes what happened along the way (faults, restarts)
 * @param killExitValues exit values of the killed services (137 = 128 + SIGKILL)
 * @param failureReasons the commonest reasons of outcomes that did not succeed, with
 * their counts
 */
public record FaultFindings(long accepted, long terminal, Map<String, Long> finalStates, Holdings holdings,
		long pendingExpected, long pendingOutcomes, long anomaliesLost, long anomaliesDoubled, int incidents,
		long eventsPublishedTwice, long outcomeRedeliveries, long deadLetters, long serviceUnavailable,
		long unreachable, List<Recovery> recoveries, ZoomCalls calls, double elapsedSeconds, String load,
		List<String> notes, List<Integer> killExitValues, Map<String, Long> failureReasons) {

	/** Incidents beyond the one the spike should raise. */
	public int incidentsDoubled() {
		return Math.max(0, this.incidents - 1);
	}

	public double terminalShare() {
		return (this.accepted == 0) ? 0 : (double) this.terminal / this.accepted;
	}

}

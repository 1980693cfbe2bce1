package dev.dialtone.local.measure;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.dialtone.zoom.simulator.control.RequestLogEntry;

/**
 * What the Zoom calls of a run were, from the simulator's request log: calls per
 * endpoint, and how many did nothing useful — answered 429 (over the account's rate),
 * "taken" (a number or extension another user already holds: any 4xx but 404 on a Zoom
 * Phone write), or a 5xx/dropped connection.
 *
 * @param byEndpoint calls per endpoint key ("POST /users")
 * @param total every call
 * @param throttled answered 429
 * @param taken 4xx on a Zoom Phone write, other than 404 and 429
 * @param failed 5xx or dropped connection (status 0)
 */
public record ZoomCalls(Map<String, Long> byEndpoint, long total, long throttled, long taken, long failed) {

	public static ZoomCalls of(List<RequestLogEntry> log) {
		Map<String, Long> byEndpoint = new TreeMap<>();
		long throttled = 0;
		long taken = 0;
		long failed = 0;
		for (RequestLogEntry entry : log) {
			String endpoint = (entry.endpoint() != null) ? entry.endpoint() : entry.method() + " " + entry.path();
			byEndpoint.merge(endpoint, 1L, Long::sum);
			int status = entry.status();
			if (status == 429) {
				throttled++;
			}
			else if (status == 0 || status >= 500) {
				failed++;
			}
			else if (status >= 400 && status != 404 && isPhoneWrite(entry)) {
				taken++;
			}
		}
		return new ZoomCalls(byEndpoint, log.size(), throttled, taken, failed);
	}

	private static boolean isPhoneWrite(RequestLogEntry entry) {
		return entry.path().contains("/phone/") && !entry.method().equals("GET");
	}

	/** Calls that were neither throttled, "taken" nor failed. */
	public long useful() {
		return this.total - this.throttled - this.taken - this.failed;
	}

	public double usefulShare() {
		return (this.total == 0) ? 1.0 : (double) useful() / this.total;
	}

	public double throttledShare() {
		return (this.total == 0) ? 0.0 : (double) this.throttled / this.total;
	}

}

package dev.dialtone.local;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Shows, on one refreshed line, how many hires have reached an outcome and how fast. */
final class Progress {

	private final PipelineTally tally;

	private final Set<String> eventIds;

	private final PrintStream err;

	Progress(PipelineTally tally, Set<String> eventIds, PrintStream err) {
		this.tally = tally;
		this.eventIds = eventIds;
		this.err = err;
	}

	/**
	 * Waits until every event has an outcome and every pending one is classified, or the
	 * deadline passes.
	 */
	Instant awaitAll(Instant since, Duration deadline) {
		Instant until = since.plus(deadline);
		while (Instant.now().isBefore(until)) {
			long done = tally.outcomesFor(eventIds);
			long unclassified = tally.unclassifiedPending(eventIds);
			double seconds = Math.max(0.001, Duration.between(since, Instant.now()).toMillis() / 1000.0);
			err.printf("\r  outcomes %4d/%d  (%.1f hires/s, %d pending awaiting classification)   ", done,
					eventIds.size(), done / seconds, unclassified);
			if (done == eventIds.size() && unclassified == 0) {
				err.println();
				return Instant.now();
			}
			ServiceProcess.pause(250);
		}
		err.println();
		return Instant.now();
	}

}

package dev.dialtone.producer.csv;

import java.time.Duration;

/**
 * What one run did.
 *
 * @param rows data rows in the file
 * @param invalid rows rejected by validation (reported with their line numbers, never
 * sent)
 * @param alreadyImported valid rows acknowledged by an earlier run (skipped)
 * @param acknowledged rows the broker acknowledged in this run
 * @param failed rows sent but not acknowledged (run again to resume)
 * @param stoppedEarly the run stopped before the end (--limit or interruption)
 * @param sendTime time from the first send to the last acknowledgement
 */
record ImportSummary(int rows, int invalid, int alreadyImported, int acknowledged, int failed, boolean stoppedEarly,
		Duration sendTime) {

	double rate() {
		double seconds = this.sendTime.toNanos() / 1e9;
		return (seconds > 0) ? this.acknowledged / seconds : 0;
	}

}

package dev.dialtone.worker.benchmark;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * The figures of one scenario.
 *
 * @param scenario what ran
 * @param elapsed first publish to last outcome received
 * @param ready outcomes ending ACTIVE_PHONE_READY
 * @param latencyMillis event occurred-at → outcome completed-at, sorted
 * @param calls Zoom calls per family and category during the measured run
 * @param rssMiB worker RSS now and peak
 */
record Result(Scenario scenario, Duration elapsed, long ready, long[] latencyMillis, List<Counts> calls,
		long[] rssMiB) {

	double seconds() {
		return this.elapsed.toMillis() / 1000.0;
	}

	double hiresPerSecond() {
		return this.scenario.hires() / seconds();
	}

	long percentile(double p) {
		int index = (int) Math.ceil(p / 100.0 * this.latencyMillis.length) - 1;
		return this.latencyMillis[Math.max(0, Math.min(index, this.latencyMillis.length - 1))];
	}

	long totalCalls() {
		return this.calls.stream().mapToLong(Counts::calls).sum();
	}

	long throttled() {
		return this.calls.stream().mapToLong(Counts::throttled).sum();
	}

	/**
	 * @return the family/category whose Business+ budget the calls exhaust first
	 */
	Counts binding() {
		return this.calls.stream().max(Comparator.comparingDouble(Counts::secondsAtBudget)).orElseThrow();
	}

	/**
	 * @return share of the binding budget used: (binding calls / elapsed) / binding rate
	 */
	double bindingUtilisation() {
		Counts binding = binding();
		return binding.calls() / seconds() / binding.businessPlusRate();
	}

	/**
	 * @return elapsed ÷ (binding calls ÷ binding rate)
	 */
	double runVersusBudget() {
		return seconds() / binding().secondsAtBudget();
	}

	String summary() {
		return String.format(
				"%s: %d hires in %.1f s = %.1f hires/s, p50 %d ms, p99 %d ms, %d calls (%.0f/s), %d x 429,"
						+ " binding %s %s at %.0f%% (run %.2fx calls/budget), ready %d, worker RSS %d MiB (peak %d)",
				this.scenario.name(), this.scenario.hires(), seconds(), hiresPerSecond(), percentile(50),
				percentile(99), totalCalls(), totalCalls() / seconds(), throttled(), binding().api(),
				binding().category(), bindingUtilisation() * 100, runVersusBudget(), this.ready, this.rssMiB[0],
				this.rssMiB[1]);
	}

}

package dev.dialtone.local.benchmark;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.dialtone.local.Rss;
import dev.dialtone.local.measure.Holdings;
import dev.dialtone.local.measure.Percentiles;
import dev.dialtone.local.measure.ZoomCalls;

/**
 * What one scenario measured.
 *
 * @param scenario the run
 * @param submitted hires the producer acknowledged
 * @param answered of those, hires with an outcome
 * @param elapsedSeconds first submission to the last outcome
 * @param calls Zoom calls of the measured hires
 * @param categories per rate category: calls, 429s and use of the plan's limit
 * @param holdings duplicate users, numbers and extensions held twice
 * @param latency event occurred-at (= HR submit) to outcome
 * @param workerRss per worker: highest RSS sampled during the run and VmHWM
 * @param load 1-minute load average during the run (mean, max)
 * @param loadAtStart {@code /proc/loadavg} when the measured run began
 * @param finalStates outcomes by final state
 * @param failover for the kill scenario: seconds from the kill until every partition
 * produced an outcome again, with the slow partitions; null otherwise
 */
record BenchResult(BenchScenario scenario, long submitted, long answered, double elapsedSeconds, ZoomCalls calls,
		List<CategoryUse> categories, Holdings holdings, Percentiles latency, List<Rss> workerRss, String load,
		String loadAtStart, Map<String, Long> finalStates, Failover failover) {

	double hiresPerSecond() {
		return (this.elapsedSeconds <= 0) ? 0 : this.answered / this.elapsedSeconds;
	}

	boolean complete() {
		return this.answered == this.submitted && this.submitted > 0;
	}

	/** The category that used the largest share of its plan limit. */
	CategoryUse binding() {
		return this.categories.stream()
			.filter((c) -> c.limitPerSecond() > 0)
			.max((a, b) -> Double.compare(a.used(), b.used()))
			.orElse(null);
	}

	/**
	 * One rate category's use.
	 *
	 * @param api zoom or phone
	 * @param category Light, Medium, Heavy, Resource-intensive
	 * @param calls calls in the measured run
	 * @param throttled of them answered 429
	 * @param perSecond calls per second over the run
	 * @param limitPerSecond the plan's limit (0 when not per second)
	 */
	record CategoryUse(String api, String category, long calls, long throttled, double perSecond, int limitPerSecond) {

		double used() {
			return (this.limitPerSecond == 0) ? 0 : this.perSecond / this.limitPerSecond;
		}

		String label() {
			return (this.api.equals("phone") ? "Phone " : "Users ") + this.category;
		}

	}

	/**
	 * Failover after a worker's SIGKILL.
	 *
	 * @param killedAtSeconds when, from the start of the run
	 * @param killedAtAnswered outcomes so far at the kill
	 * @param secondsUntilAllPartitions kill → the last partition's first outcome after it
	 * @param slowPartitions partitions silent for more than 3 s after the kill, with
	 * their gaps
	 * @param exitValue the killed process's exit value (137 = SIGKILL)
	 * @param killedAt the moment of the kill
	 */
	record Failover(double killedAtSeconds, long killedAtAnswered, double secondsUntilAllPartitions,
			Map<Integer, Double> slowPartitions, int exitValue, Instant killedAt) {
	}

}

package dev.dialtone.local.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How long throughput took to come back after a fault, from the outcomes' completion
 * times: the baseline is the outcome rate in the 20 s before the fault; throughput is
 * back at the start of the first 5 s window, from the fault on, whose rate is at least 80
 * % of it (0 s when it never dropped).
 *
 * @param fault what happened
 * @param atSeconds when, from the first submission
 * @param baselinePerSecond outcomes per second before it
 * @param lowestPerSecond the lowest 5 s rate in the minute after it
 * @param secondsUntilBack fault → throughput back; negative when it did not come back
 * before the run ended
 */
public record Recovery(String fault, double atSeconds, double baselinePerSecond, double lowestPerSecond,
		double secondsUntilBack) {

	private static final Duration BASELINE = Duration.ofSeconds(20);

	private static final Duration WINDOW = Duration.ofSeconds(5);

	private static final Duration STEP = Duration.ofMillis(250);

	static Recovery of(String fault, Instant start, Instant at, List<Instant> completions) {
		Instant end = completions.stream().max(Instant::compareTo).orElse(at);
		double baseline = rate(completions, at.minus(BASELINE), at);
		double lowest = Double.MAX_VALUE;
		double back = -1;
		for (Instant t = at; !t.plus(WINDOW).isAfter(end); t = t.plus(STEP)) {
			double rate = rate(completions, t, t.plus(WINDOW));
			if (Duration.between(at, t).compareTo(Duration.ofSeconds(60)) <= 0) {
				lowest = Math.min(lowest, rate);
			}
			if (back < 0 && rate >= 0.8 * baseline) {
				back = Duration.between(at, t).toMillis() / 1000.0;
			}
		}
		return new Recovery(fault, Duration.between(start, at).toMillis() / 1000.0, baseline,
				(lowest == Double.MAX_VALUE) ? 0 : lowest, back);
	}

	private static double rate(List<Instant> completions, Instant from, Instant to) {
		long count = completions.stream().filter((c) -> !c.isBefore(from) && c.isBefore(to)).count();
		return count / (Duration.between(from, to).toMillis() / 1000.0);
	}

}

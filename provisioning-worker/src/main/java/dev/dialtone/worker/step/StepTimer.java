package dev.dialtone.worker.step;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Step latency timers ({@code dialtone.worker.step} by step name and result), including
 * retries.
 */
public final class StepTimer {

	private final MeterRegistry registry;

	// registering looks the meter up by name and tags; caching saves that on every Zoom
	// call
	private final Map<String, Timer> timers = new ConcurrentHashMap<>();

	public StepTimer(MeterRegistry registry) {
		this.registry = registry;
	}

	/**
	 * @return a timer that records into a throwaway registry (unit tests)
	 */
	public static StepTimer discarding() {
		return new StepTimer(new SimpleMeterRegistry());
	}

	Duration record(String step, String result, long startedNanos) {
		long nanos = System.nanoTime() - startedNanos;
		this.timers
			.computeIfAbsent(step + '/' + result,
					(key) -> Timer.builder("dialtone.worker.step")
						.description("Zoom step latency including retries")
						.tag("step", step)
						.tag("result", result)
						.register(this.registry))
			.record(nanos, TimeUnit.NANOSECONDS);
		return Duration.ofNanos(nanos);
	}

}

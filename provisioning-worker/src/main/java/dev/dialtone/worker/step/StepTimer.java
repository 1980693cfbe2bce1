package dev.dialtone.worker.step;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Step latency timers ({@code dialtone.worker.step} by step name and result), including retries.
 */
public final class StepTimer {

	private final MeterRegistry registry;

	public StepTimer(MeterRegistry registry) {
		this.registry = registry;
	}

	/** @return a timer that records into a throwaway registry (unit tests) */
	public static StepTimer discarding() {
		return new StepTimer(new SimpleMeterRegistry());
	}

	Duration record(String step, String result, long startedNanos) {
		long nanos = System.nanoTime() - startedNanos;
		Timer.builder("dialtone.worker.step")
			.description("Zoom step latency including retries")
			.tag("step", step)
			.tag("result", result)
			.register(this.registry)
			.record(nanos, TimeUnit.NANOSECONDS);
		return Duration.ofNanos(nanos);
	}

}

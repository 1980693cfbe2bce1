package dev.dialtone.local.faults;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.faults.FaultSpec;

/**
 * Zoom misbehaving for the whole run, through the simulator's fault injection: 100 ms
 * latency, 5 % of calls answered 503, 1 % hanging 3 s then answered 504 (a gateway
 * timeout), and every {@code burstEvery} every call answered 429 for one second: the
 * per-second limit exhausted by another app on the account, which clears with its window
 * (a count of 429s instead would starve a client that backs off as Zoom asks).
 */
final class ZoomFaults implements AutoCloseable {

	static final double ERROR_RATE = 0.05;

	static final double TIMEOUT_RATE = 0.01;

	static final long WINDOW_429_MS = 1_000;

	private final ZoomSimulator zoom;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread thread = new Thread(r, "zoom-faults");
		thread.setDaemon(true);
		return thread;
	});

	private ZoomFaults(ZoomSimulator zoom) {
		this.zoom = zoom;
	}

	static ZoomFaults start(ZoomSimulator zoom, Duration burstEvery) {
		ZoomFaults faults = new ZoomFaults(zoom);
		zoom.faults(Map.of("*", spec()));
		faults.timer.scheduleAtFixedRate(() -> zoom.faults(Map.of("*", spec().with429Window(WINDOW_429_MS))),
				burstEvery.toMillis(), burstEvery.toMillis(), TimeUnit.MILLISECONDS);
		return faults;
	}

	private static FaultSpec spec() {
		return new FaultSpec(100L, 100L, ERROR_RATE, 503, TIMEOUT_RATE, 3_000L, null, null, null);
	}

	/**
	 * Stops the bursts; Zoom goes back to latency only (nothing injected after the run).
	 */
	@Override
	public void close() {
		this.timer.shutdownNow();
		this.zoom.faults(Map.of("*", FaultSpec.latency(100)));
	}

}

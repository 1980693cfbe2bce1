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
 * timeout), and every {@code burstEvery} the next 20 calls answered 429.
 */
final class ZoomFaults implements AutoCloseable {

	static final double ERROR_RATE = 0.05;

	static final double TIMEOUT_RATE = 0.01;

	static final int BURST = 20;

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
		zoom.faults(Map.of("*", spec(0)));
		faults.timer.scheduleAtFixedRate(() -> zoom.faults(Map.of("*", spec(BURST))), burstEvery.toMillis(),
				burstEvery.toMillis(), TimeUnit.MILLISECONDS);
		return faults;
	}

	private static FaultSpec spec(int burst429) {
		return new FaultSpec(100L, 100L, ERROR_RATE, 503, TIMEOUT_RATE, 3_000L, null, null, burst429);
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

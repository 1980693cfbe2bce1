package dev.dialtone.zoom.simulator.api;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.dialtone.zoom.simulator.faults.FaultPlan;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One request's journey through the gateway, carried across the async hop of injected
 * latency. The lock key it holds is released exactly once: when the request finishes, or
 * when the client vanishes while it is parked.
 */
final class GatewayExchange implements AsyncListener {

	final HttpServletRequest request;

	final Route route;

	final byte[] body;

	final FaultPlan plan;

	private final ZoomApiGuard guard;

	private final AtomicBoolean released = new AtomicBoolean();

	private volatile String lockKey;

	GatewayExchange(HttpServletRequest request, Route route, byte[] body, FaultPlan plan, ZoomApiGuard guard) {
		this.request = request;
		this.route = route;
		this.body = body;
		this.plan = plan;
		this.guard = guard;
	}

	/** Admission checks; false when Zoom's refusal has been written. */
	boolean admit(HttpServletResponse response) throws IOException {
		this.lockKey = this.guard.admit(this.request, response, this.route);
		return this.lockKey != null;
	}

	void release() {
		if (this.released.compareAndSet(false, true)) {
			this.guard.release(this.lockKey);
		}
	}

	@Override
	public void onComplete(AsyncEvent event) {
		release();
	}

	@Override
	public void onTimeout(AsyncEvent event) {
		release();
	}

	@Override
	public void onError(AsyncEvent event) {
		release();
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
		// nothing to do: the exchange stays registered for the same request
	}

}

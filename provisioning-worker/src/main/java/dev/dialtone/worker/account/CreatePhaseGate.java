package dev.dialtone.worker.account;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Admission control for the user phase of a hire (pre-flight, create, read-back). Without
 * it every lane starts a hire at once and, since the limiter serves callers in turn, all
 * of them finish their user calls together before any reaches the phone calls — seconds
 * in which the phone budget, usually the binding one, goes unused. Bounding the phase
 * makes started hires finish first: the phone budget is busy within a second and latency
 * drops.
 */
final class CreatePhaseGate {

	private final Semaphore permits;

	CreatePhaseGate(int concurrency) {
		this.permits = new Semaphore(concurrency, true);
	}

	<T> T run(Supplier<T> phase) {
		try {
			this.permits.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted waiting for the create phase", ex);
		}
		try {
			return phase.get();
		}
		finally {
			this.permits.release();
		}
	}

}

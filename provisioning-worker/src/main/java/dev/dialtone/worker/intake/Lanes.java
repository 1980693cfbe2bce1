package dev.dialtone.worker.intake;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * N single-threaded lanes. Work for one key always lands on the same lane and runs in
 * submission order, so one employee's events keep their order while different employees
 * proceed concurrently — far beyond one in-flight Zoom call per partition.
 */
final class Lanes implements AutoCloseable {

	private final ExecutorService[] lanes;

	private final AtomicInteger inFlight = new AtomicInteger();

	Lanes(int count, String name) {
		this.lanes = new ExecutorService[count];
		for (int i = 0; i < count; i++) {
			String threadName = name + "-" + i;
			this.lanes[i] = Executors.newSingleThreadExecutor((runnable) -> {
				Thread thread = new Thread(runnable, threadName);
				thread.setDaemon(true);
				return thread;
			});
		}
	}

	/**
	 * @param key ordering key (employee id); null keys share one lane
	 * @param work what to run
	 * @return completes with the work's result, after every earlier submission for the
	 * same lane
	 */
	<T> CompletableFuture<T> submit(String key, Supplier<T> work) {
		int lane = (key != null) ? Math.floorMod(key.hashCode(), this.lanes.length) : 0;
		this.inFlight.incrementAndGet();
		return CompletableFuture.supplyAsync(work, this.lanes[lane])
			.whenComplete((result, failure) -> this.inFlight.decrementAndGet());
	}

	/**
	 * @return submitted and not yet finished
	 */
	int inFlight() {
		return this.inFlight.get();
	}

	int size() {
		return this.lanes.length;
	}

	@Override
	public void close() {
		for (ExecutorService lane : this.lanes) {
			lane.shutdownNow();
		}
		for (ExecutorService lane : this.lanes) {
			try {
				lane.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}

package dev.dialtone.zoom.client.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomResponse;

/**
 * Runs {@code calls} calls per operation from {@code threads} threads at once and
 * collects how each ended.
 */
final class Load {

	private Load() {
	}

	@SafeVarargs
	static List<Outcome> run(int threads, int calls, Supplier<ZoomResponse<?>>... operations) throws Exception {
		List<Callable<Outcome>> tasks = new ArrayList<>();
		// interleaved, so every operation is under load for the whole run
		for (int i = 0; i < calls; i++) {
			for (Supplier<ZoomResponse<?>> operation : operations) {
				tasks.add(() -> {
					try {
						return new Outcome(operation.get().status(), null);
					}
					catch (ZoomApiException ex) {
						return Outcome.of(ex);
					}
				});
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> future : pool.invokeAll(tasks)) {
				outcomes.add(future.get());
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

}

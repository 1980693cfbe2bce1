package dev.dialtone.worker.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class LanesTests {

	@Test
	void keepsSubmissionOrderPerKeyWhileKeysRunConcurrently() throws Exception {
		Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
		CountDownLatch bothStarted = new CountDownLatch(2);
		List<CompletableFuture<?>> all = new ArrayList<>();
		try (Lanes lanes = new Lanes(64, "test")) {
			// two keys block until both are running at once: only possible if they run
			// concurrently
			for (String key : List.of("E1", "E2")) {
				all.add(lanes.submit(key, () -> {
					bothStarted.countDown();
					return await(bothStarted);
				}));
			}
			for (int i = 0; i < 200; i++) {
				int n = i;
				String key = "E" + (i % 7);
				all.add(lanes.submit(key, () -> seen.computeIfAbsent(key, (k) -> new ArrayList<>()).add(n)));
			}
			CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
			assertThat(lanes.inFlight()).isZero();
		}
		assertThat(seen).hasSize(7);
		seen.values().forEach((numbers) -> assertThat(numbers).isSorted());
	}

	private static boolean await(CountDownLatch latch) {
		try {
			return latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}

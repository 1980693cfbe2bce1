package dev.dialtone.worker.account;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.dialtone.contracts.StepStatus;
import dev.dialtone.worker.step.RetryPolicy;
import dev.dialtone.worker.step.StepTimer;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.worker.support.MutableClock;
import dev.dialtone.zoom.client.ZoomEndpoint;
import dev.dialtone.zoom.client.ZoomResponse;
import dev.dialtone.zoom.client.accounts.ManagedDomain;
import dev.dialtone.zoom.client.accounts.ManagedDomains;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("fast")
class ManagedDomainsCacheTests {

	private static final ManagedDomains DOMAINS = new ManagedDomains(1,
			List.of(new ManagedDomain("corp.example", "verified")));

	private static final int HIRES = 16;

	@Test
	void aWaveOfHiresMakesOneReadAndTheOthersWaitForIt() throws Exception {
		CountDownLatch allStarted = new CountDownLatch(HIRES);
		AtomicInteger reads = new AtomicInteger();
		ManagedDomainsCache cache = new ManagedDomainsCache(() -> {
			reads.incrementAndGet();
			await(allStarted);
			sleep(200);
			return response(DOMAINS);
		}, Clock.systemUTC(), Duration.ofSeconds(30));
		ExecutorService pool = Executors.newFixedThreadPool(HIRES);
		try {
			List<Future<Steps>> hires = new ArrayList<>();
			for (int i = 0; i < HIRES; i++) {
				hires.add(pool.submit(() -> {
					Steps steps = steps();
					allStarted.countDown();
					assertThat(cache.get(steps)).isEqualTo(DOMAINS);
					return steps;
				}));
			}
			int waited = 0;
			for (Future<Steps> hire : hires) {
				Steps steps = hire.get(10, TimeUnit.SECONDS);
				assertThat(steps.results()).hasSize(1);
				if (steps.results().get(0).getStatus() == StepStatus.SKIPPED) {
					waited++;
				}
			}
			assertThat(reads).hasValue(1);
			assertThat(waited).isEqualTo(HIRES - 1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void readsAgainOnlyOnceTheTtlPassed() {
		MutableClock clock = new MutableClock();
		AtomicInteger reads = new AtomicInteger();
		ManagedDomainsCache cache = new ManagedDomainsCache(counting(reads), clock, Duration.ofSeconds(30));
		cache.get(steps());
		cache.get(steps());
		assertThat(reads).hasValue(1);
		clock.advance(Duration.ofSeconds(31));
		cache.get(steps());
		assertThat(reads).hasValue(2);
	}

	@Test
	void aFailedReadIsNotCachedAndTheNextCallerReadsItself() {
		AtomicInteger reads = new AtomicInteger();
		Supplier<ZoomResponse<ManagedDomains>> failingOnce = () -> {
			if (reads.incrementAndGet() == 1) {
				throw new IllegalStateException("connection reset");
			}
			return response(DOMAINS);
		};
		ManagedDomainsCache cache = new ManagedDomainsCache(failingOnce, Clock.systemUTC(), Duration.ofSeconds(30));
		assertThatThrownBy(() -> cache.get(steps())).isInstanceOf(RuntimeException.class);
		assertThat(cache.get(steps())).isEqualTo(DOMAINS);
		assertThat(reads).hasValue(2);
	}

	private static Supplier<ZoomResponse<ManagedDomains>> counting(AtomicInteger reads) {
		return () -> {
			reads.incrementAndGet();
			return response(DOMAINS);
		};
	}

	private static ZoomResponse<ManagedDomains> response(ManagedDomains domains) {
		return new ZoomResponse<>(domains, 200, "tracking", ZoomEndpoint.MANAGED_DOMAINS, Duration.ZERO, Duration.ZERO,
				1);
	}

	private static Steps steps() {
		return new Steps(false, new RetryPolicy(1, Duration.ofMillis(1), 1.0, Duration.ofMillis(1)),
				StepTimer.discarding());
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

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
import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomEndpoint;
import dev.dialtone.zoom.client.ZoomErrorKind;
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
		}, Clock.systemUTC(), Duration.ofSeconds(30), Duration.ofSeconds(10));
		ExecutorService pool = Executors.newFixedThreadPool(HIRES);
		try {
			List<Future<Steps>> hires = new ArrayList<>();
			for (int i = 0; i < HIRES; i++) {
				hires.add(pool.submit(() -> {
					Steps steps = steps();
					allStarted.countDown();
					assertThat(cache.get(steps)).contains(DOMAINS);
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
		ManagedDomainsCache cache = new ManagedDomainsCache(counting(reads), clock, Duration.ofSeconds(30),
				Duration.ofSeconds(10));
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
		ManagedDomainsCache cache = new ManagedDomainsCache(failingOnce, Clock.systemUTC(), Duration.ofSeconds(30),
				Duration.ofSeconds(10));
		assertThatThrownBy(() -> cache.get(steps())).isInstanceOf(RuntimeException.class);
		assertThat(cache.get(steps())).contains(DOMAINS);
		assertThat(reads).hasValue(2);
	}

	@Test
	void whileAReReadIsSlowTheOthersTakeTheLastAnswerAtOnce() throws Exception {
		MutableClock clock = new MutableClock();
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger reads = new AtomicInteger();
		ManagedDomainsCache cache = new ManagedDomainsCache(() -> {
			if (reads.incrementAndGet() > 1) {
				// the re-read hangs (a storm of 429s spending its retry budget)
				await(release);
			}
			return response(DOMAINS);
		}, clock, Duration.ofSeconds(30), Duration.ofSeconds(10));
		cache.get(steps());
		clock.advance(Duration.ofSeconds(31));
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<?> reReading = pool.submit(() -> cache.get(steps()));
			while (reads.get() < 2) {
				sleep(5);
			}
			long started = System.nanoTime();
			Steps other = steps();
			assertThat(cache.get(other)).contains(DOMAINS);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
			assertThat(other.results()).singleElement()
				.satisfies((step) -> assertThat(step.getDetail()).contains("reading them again"));
			release.countDown();
			reReading.get(5, TimeUnit.SECONDS);
			assertThat(reads).hasValue(2);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

	@Test
	void aFailedReadLeavesTheLastAnswerAndNoHireFailsForIt() {
		MutableClock clock = new MutableClock();
		AtomicInteger reads = new AtomicInteger();
		ManagedDomainsCache cache = new ManagedDomainsCache(() -> {
			if (reads.incrementAndGet() > 1) {
				throw rateLimited();
			}
			return response(DOMAINS);
		}, clock, Duration.ofSeconds(30), Duration.ofSeconds(10));
		cache.get(steps());
		clock.advance(Duration.ofSeconds(31));
		Steps steps = steps();
		assertThat(cache.get(steps)).contains(DOMAINS);
		assertThat(steps.facts()).containsEntry("domainStatusStale", "true");
	}

	@Test
	void whenTheFirstReadFailsTheWaitingHiresGoOnWithoutReadingAgain() throws Exception {
		CountDownLatch othersWaiting = new CountDownLatch(1);
		AtomicInteger reads = new AtomicInteger();
		ManagedDomainsCache cache = new ManagedDomainsCache(() -> {
			reads.incrementAndGet();
			await(othersWaiting);
			sleep(100);
			throw rateLimited();
		}, Clock.systemUTC(), Duration.ofSeconds(30), Duration.ofSeconds(10));
		ExecutorService pool = Executors.newFixedThreadPool(HIRES);
		try {
			List<Future<Steps>> hires = new ArrayList<>();
			for (int i = 0; i < HIRES; i++) {
				hires.add(pool.submit(() -> {
					Steps steps = steps();
					if (reads.get() > 0) {
						othersWaiting.countDown();
					}
					assertThat(cache.get(steps)).isEmpty();
					return steps;
				}));
			}
			for (Future<Steps> hire : hires) {
				assertThat(hire.get(10, TimeUnit.SECONDS).facts()).containsEntry("domainStatusStale", "true");
			}
			assertThat(reads).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aFirstReadThatDoesNotEndIsWaitedForOnlyBoundedly() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		ManagedDomainsCache cache = new ManagedDomainsCache(() -> {
			await(release);
			return response(DOMAINS);
		}, Clock.systemUTC(), Duration.ofSeconds(30), Duration.ofMillis(300));
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<?> first = pool.submit(() -> cache.get(steps()));
			sleep(100);
			long started = System.nanoTime();
			Steps other = steps();
			assertThat(cache.get(other)).isEmpty();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
			assertThat(other.results()).singleElement()
				.satisfies((step) -> assertThat(step.getDetail()).contains("did not finish within"));
			release.countDown();
			first.get(5, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

	private static ZoomApiException rateLimited() {
		return new ZoomApiException(ZoomErrorKind.RATE_LIMITED, ZoomEndpoint.MANAGED_DOMAINS, 429, 429,
				"You have reached the maximum per-second rate limit for this API.", "tracking", null, Duration.ZERO, 1,
				null);
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

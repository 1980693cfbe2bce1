package dev.dialtone.worker.phone;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.dialtone.contracts.StepStatus;
import dev.dialtone.worker.step.RetryPolicy;
import dev.dialtone.worker.step.StepTimer;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomClientProperties;
import dev.dialtone.zoom.client.phone.BatchPhoneUser;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.faults.FaultSpec;
import dev.dialtone.zoom.simulator.seed.Seed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lane never waits without bound on a batch: when every sender is busy (batch calls
 * retried through a storm, here slow answers) an entry no sender took up within the send
 * wait is withdrawn, its employee goes the per-user way, and the batch never adds it
 * behind that employee's back.
 */
class PhoneBatcherSendWaitTests {

	private static final String BATCH = "POST /phone/users/batch";

	private final ZoomSimulator simulator = ZoomSimulator.start(Seed.builder().plan("UNLIMITED").build());

	private final ZoomClient zoom = ZoomClient.create(
			ZoomClientProperties.of(URI.create(this.simulator.baseUrl()), URI.create(this.simulator.oauthUrl()),
					this.simulator.accountId(), this.simulator.clientId(), this.simulator.clientSecret()),
			new SimpleMeterRegistry());

	private final PhoneBatcher batcher = new PhoneBatcher(this.zoom, RetryPolicy.none(), StepTimer.discarding(), 1,
			Duration.ofMillis(1), Duration.ofMillis(300));

	@AfterEach
	void stop() {
		this.batcher.close();
		this.zoom.close();
		this.simulator.close();
	}

	@Test
	void anEntryNoSenderTakesUpInTimeIsWithdrawnAndNeverSent() throws Exception {
		// warm the token so the slow answers below are the batch calls'
		this.zoom.phone().listCallingPlans();
		this.simulator.fault(BATCH, FaultSpec.latency(2_000));
		List<CompletableFuture<PhoneBatcher.Verdict>> busy = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			busy.add(this.batcher.submit(user("busy" + i, "110" + i)));
		}
		// all four senders are now in a slow batch call
		Thread.sleep(200);
		assertThat(busy).noneMatch(CompletableFuture::isDone);

		long started = System.nanoTime();
		PhoneBatcher.Verdict verdict = this.batcher.addAndWait(user("late", "1109"));
		Duration waited = Duration.ofNanos(System.nanoTime() - started);

		assertThat(verdict.added()).isFalse();
		assertThat(verdict.step().getStatus()).isEqualTo(StepStatus.SKIPPED);
		assertThat(verdict.step().getDetail()).contains("withdrawn", "per-user");
		assertThat(waited).isLessThan(Duration.ofMillis(1_900));
		for (CompletableFuture<PhoneBatcher.Verdict> each : busy) {
			each.get(10, TimeUnit.SECONDS);
		}
		this.simulator.clearFaults();
		// the sender that freed up first found the withdrawn entry and did not send it
		Thread.sleep(500);
		assertThat(this.simulator.requestLog()).filteredOn((e) -> BATCH.equals(e.endpoint()))
			.hasSize(4)
			.noneMatch((e) -> e.body().contains("late@corp.example"));
	}

	private static BatchPhoneUser user(String name, String extension) {
		return new BatchPhoneUser(name + "@corp.example", "First", "Last", extension, List.of("US/Canada metered"),
				null, "New York", List.of());
	}

}

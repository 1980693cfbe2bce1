package dev.dialtone.worker.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.worker.support.Events;
import dev.dialtone.zoom.simulator.faults.FaultSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Zoom misbehaving as in the fault suite, only harsher (5xx, gateway timeouts, and every
 * 2 s half a second in which every call is answered 429 with Retry-After 1): no hire ends
 * FAILED while the retry budget lasts, a pending hire stays PENDING, and a budget that
 * runs out says so.
 */
class TransientFaultFlowTests extends FlowTestBase {

	private static final String MANAGED_DOMAINS = "GET /accounts/{accountId}/managed_domains";

	@Test
	void hiresUnderBurstsOf429And5xxAndHangsAllSucceedOrStayPending() throws InterruptedException {
		FaultSpec steady = new FaultSpec(20L, 20L, 0.05, 503, 0.02, 1_000L, null, null, 0);
		// every 2 s the per-second limit is exhausted for half a second: every call
		// refused
		FaultSpec burst = steady.with429Window(500);
		ScheduledExecutorService bursts = Executors.newSingleThreadScheduledExecutor();
		List<IdentityEvent> published = new ArrayList<>();
		simulator.faults(Map.of("*", steady));
		bursts.scheduleAtFixedRate(() -> simulator.faults(Map.of("*", burst)), 500, 2_000, TimeUnit.MILLISECONDS);
		try {
			for (int i = 0; i < 30; i++) {
				String email = (i % 10 == 0) ? "storm" + i + "@acquired.example" : "storm" + i + "@corp.example";
				published.add(pipeline.publish(Events.hire("TF-" + i, email)));
				Thread.sleep(100);
			}
			await().atMost(Duration.ofSeconds(120)).until(() -> pipeline.answered(published));
		}
		finally {
			bursts.shutdownNow();
			simulator.clearFaults();
		}

		List<ProvisioningOutcome> outcomes = published.stream()
			.map((event) -> pipeline.outcome(event.getEventId()).orElseThrow())
			.toList();
		assertThat(outcomes).filteredOn((outcome) -> outcome.getWorkEmail().endsWith("@acquired.example"))
			.hasSize(3)
			.allSatisfy((outcome) -> assertThat(outcome.getFinalState()).isEqualTo(FinalState.PENDING));
		assertThat(outcomes).filteredOn((outcome) -> outcome.getWorkEmail().endsWith("@corp.example"))
			.hasSize(27)
			.allSatisfy((outcome) -> assertThat(outcome.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY));
		// the faults hit: Zoom refused calls with 429 and 503, and steps succeeded on a
		// later attempt
		assertThat(simulator.requestLog()).anyMatch((entry) -> entry.status() == 429)
			.anyMatch((entry) -> entry.status() == 503);
		assertThat(outcomes).flatExtracting(ProvisioningOutcome::getSteps)
			.anySatisfy((step) -> assertThat(step.getAttempt()).isGreaterThan(1));
		// one user per hire (a retried create never made a second one), one number each
		assertThat(simulator.users()).filteredOn((user) -> user.email().startsWith("storm")).hasSize(30);
		assertThat(simulator.numberHolders().values()).doesNotHaveDuplicates();
	}

	@Test
	void aPendingHireStaysPendingWhenTheEvidenceReReadKeepsFailing() {
		// warms the managed-domains cache the pre-flight uses
		provision(Events.hire("TF-W", "warm.up@corp.example"));
		simulator.fault(MANAGED_DOMAINS, FaultSpec.errors(1.0, 503));
		ProvisioningOutcome outcome;
		try {
			outcome = provision(Events.hire("TF-P", "still.pending@acquired.example"));
		}
		finally {
			simulator.clearFaults();
		}

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.PENDING);
		assertThat(outcome.getEvidence().getEmailDomain()).isEqualTo("acquired.example");
		assertThat(outcome.getFacts()).containsEntry("domainStatusStale", "true")
			.containsEntry("retryBudgetSpent", "evidence-domain");
		assertThat(outcome.getSteps()).filteredOn((step) -> step.getName().equals("evidence-domain"))
			.singleElement()
			.satisfies((step) -> assertThat(step.getHttpStatus()).isEqualTo(503));
	}

	@Test
	void aSpentRetryBudgetEndsFailedSayingSo() {
		simulator.fault("POST /users", FaultSpec.errors(1.0, 503));
		ProvisioningOutcome outcome;
		try {
			outcome = outcomeOf(pipeline.publish(Events.hire("TF-X", "never.created@corp.example")));
		}
		finally {
			simulator.clearFaults();
		}

		assertThat(outcome.getFinalState()).isEqualTo(FinalState.FAILED);
		assertThat(outcome.getFailureCause()).isEqualTo(FailureCause.UNKNOWN);
		assertThat(outcome.getFailureReason()).contains("retry budget spent").contains("12 attempt(s)");
		assertThat(outcome.getFacts()).containsEntry("retryBudgetSpent", "sso-create");
		assertThat(outcome.getSteps()).filteredOn((step) -> step.getName().equals("sso-create"))
			.singleElement()
			.satisfies((step) -> assertThat(step.getAttempt()).isEqualTo(12));
	}

}

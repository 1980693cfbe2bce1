package dev.dialtone.worker.flow;

import java.time.Duration;
import java.util.List;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.StepResult;
import dev.dialtone.contracts.StepStatus;
import dev.dialtone.worker.WorkerApplication;
import dev.dialtone.worker.support.MutableClock;
import dev.dialtone.worker.support.TestPipeline;
import dev.dialtone.worker.support.WorkerTestSupport;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.AfterAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * One worker context over the real broker, registry and an in-process simulator (demo
 * world, no rate limits), with topics of its own and a clock the tests can move.
 */
@SpringBootTest(classes = { WorkerApplication.class, FlowTestBase.TestClock.class },
		webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class FlowTestBase {

	static final String PREFIX = "flow";

	/**
	 * A second site (Boston) the worker does not provision: a phone user there holds an
	 * extension NYC's listing does not show (extensions are unique in the account).
	 */
	static final ZoomSimulator simulator = ZoomSimulator.start(Seed.builder()
		.plan("UNLIMITED")
		.site(new Seed.Site("site-bos-01", "Boston", "BOS", 2, 2000, 2999, 200))
		.numberPool("site-nyc-01", "+12125551000", 300)
		.build());

	static final TestPipeline pipeline = TestPipeline.forPrefix(PREFIX);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		WorkerTestSupport.register(registry, PREFIX, simulator);
	}

	@AfterAll
	static void closeAll() {
		// the context is cached for the JVM; pipeline and simulator live as long as it
		// does
	}

	static ProvisioningOutcome outcomeOf(IdentityEvent event) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> pipeline.outcome(event.getEventId()).orElse(null), (outcome) -> outcome != null);
	}

	static ProvisioningOutcome provision(IdentityEvent event) {
		return outcomeOf(pipeline.publish(event));
	}

	static List<String> stepsWith(ProvisioningOutcome outcome, StepStatus status) {
		return outcome.getSteps()
			.stream()
			.filter((step) -> step.getStatus() == status)
			.map(StepResult::getName)
			.toList();
	}

	static boolean ready(ProvisioningOutcome outcome) {
		return outcome.getFinalState() == FinalState.ACTIVE_PHONE_READY;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

	}

}

package dev.dialtone.worker.intake;

import java.util.List;

import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.worker.deadletter.DeadLetterPublisher;
import dev.dialtone.worker.ledger.AppliedLedger;
import dev.dialtone.worker.ledger.LedgerLoader;
import dev.dialtone.worker.outcome.OutcomeFactory;
import dev.dialtone.worker.outcome.OutcomePublisher;
import dev.dialtone.worker.ratelimit.BudgetShare;
import dev.dialtone.worker.step.RetryPolicy;
import dev.dialtone.worker.step.StepTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * From record to outcome: the identity listener, its lanes, the processor and the offset
 * committer; plus what properties cannot express for the listener container (Boot applies
 * the error handler and the rebalance listener to it).
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

	@Bean(destroyMethod = "close")
	Lanes lanes(WorkerProperties properties, MeterRegistry meters) {
		Lanes lanes = new Lanes(properties.lanes(), "lane");
		Gauge.builder("dialtone.worker.in-flight", lanes, Lanes::inFlight)
			.description("Events handed to lanes and not yet finished")
			.register(meters);
		return lanes;
	}

	@Bean
	EventProcessor eventProcessor(List<EventHandler> handlers, OutcomeFactory outcomes, WorkerProperties properties,
			MeterRegistry meters) {
		RetryPolicy policy = RetryPolicy.of(properties.retry());
		return new EventProcessor(handlers, policy, new StepTimer(meters), outcomes, properties.dryRun(), meters);
	}

	@Bean
	OffsetCommitter offsetCommitter(WorkerProperties properties) {
		return new OffsetCommitter(properties.maxInFlight(), properties.handOverTimeout());
	}

	@Bean
	IdentityEventListener identityEventListener(Lanes lanes, EventProcessor processor, OutcomePublisher outcomes,
			DeadLetterPublisher deadLetters, AppliedLedger ledger, OffsetCommitter committer,
			WorkerProperties properties) {
		IdentityEventListener.Settings settings = new IdentityEventListener.Settings(properties.listenerId(),
				properties.topics().identity(), properties.topics().groupId(), properties.listenerConcurrency());
		return new IdentityEventListener(lanes, processor, outcomes, deadLetters, ledger, committer, settings);
	}

	@Bean
	ConsumerAwareRebalanceListener identityRebalanceListener(OffsetCommitter committer, BudgetShare share,
			LedgerLoader ledger) {
		return new IdentityRebalanceListener(committer, share, ledger);
	}

	/**
	 * Only whole-batch failures reach here (the broker refused an outcome): the batch is
	 * retried with back-off, never dead-lettered, since the events themselves are fine.
	 */
	@Bean
	CommonErrorHandler batchErrorHandler() {
		ExponentialBackOff backOff = new ExponentialBackOff(1000, 2.0);
		backOff.setMaxInterval(30_000);
		return new DefaultErrorHandler((record, ex) -> {
			throw new IllegalStateException("batch retries exhausted", ex);
		}, backOff);
	}

}

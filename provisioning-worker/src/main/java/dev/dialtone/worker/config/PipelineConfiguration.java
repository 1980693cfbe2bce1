package dev.dialtone.worker.config;

import java.time.Clock;
import java.util.List;

import dev.dialtone.worker.intake.EventHandler;
import dev.dialtone.worker.intake.EventProcessor;
import dev.dialtone.worker.intake.Lanes;
import dev.dialtone.worker.outcome.EventLatency;
import dev.dialtone.worker.outcome.OutcomeFactory;
import dev.dialtone.worker.outcome.OutcomePublisher;
import dev.dialtone.worker.ratelimit.PartitionOwnership;
import dev.dialtone.worker.step.RetryPolicy;
import dev.dialtone.worker.step.StepTimer;
import dev.dialtone.worker.terminate.Deferrals;
import dev.dialtone.worker.terminate.DueEventScheduler;
import dev.dialtone.worker.terminate.KafkaDeferrals;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * From record to outcome: lanes, the processor, the outcome publisher and the deferral
 * store.
 */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

	@Bean(destroyMethod = "close")
	Lanes lanes(WorkerProperties properties, MeterRegistry meters) {
		Lanes lanes = new Lanes(properties.lanes(), "lane");
		Gauge.builder("dialtone.worker.in-flight", lanes, Lanes::inFlight)
			.description("Events handed to lanes and not yet finished")
			.register(meters);
		return lanes;
	}

	@Bean
	EventProcessor eventProcessor(List<EventHandler> handlers, WorkerProperties properties, Clock clock,
			MeterRegistry meters) {
		WorkerProperties.Retry retry = properties.retry();
		RetryPolicy policy = new RetryPolicy(retry.maxAttempts(), retry.initialBackoff(), retry.multiplier(),
				retry.maxBackoff());
		return new EventProcessor(handlers, policy, new StepTimer(meters), new OutcomeFactory(clock),
				properties.dryRun(), meters);
	}

	@Bean
	@SuppressWarnings({ "unchecked", "rawtypes" })
	OutcomePublisher outcomePublisher(KafkaTemplate<Object, Object> kafkaTemplate, WorkerProperties properties,
			MeterRegistry meters) {
		// the system clock, not the Clock bean: latency compares with record timestamps
		// other hosts' clocks wrote
		return new OutcomePublisher((KafkaTemplate) kafkaTemplate, properties.topics().outcomes(),
				new EventLatency(meters, Clock.systemUTC()));
	}

	@Bean
	@SuppressWarnings({ "unchecked", "rawtypes" })
	Deferrals deferrals(KafkaTemplate<Object, Object> kafkaTemplate, WorkerProperties properties) {
		return new KafkaDeferrals((KafkaTemplate) kafkaTemplate, properties.topics().deferred());
	}

	@Bean
	@SuppressWarnings({ "unchecked", "rawtypes" })
	DueEventScheduler dueEventScheduler(ConsumerFactory<Object, Object> consumerFactory,
			KafkaTemplate<Object, Object> kafkaTemplate, PartitionOwnership ownership, WorkerProperties properties,
			Clock clock) {
		return new DueEventScheduler((ConsumerFactory) consumerFactory, (KafkaTemplate) kafkaTemplate, ownership,
				properties.topics().deferred(), properties.topics().identity(), clock);
	}

}

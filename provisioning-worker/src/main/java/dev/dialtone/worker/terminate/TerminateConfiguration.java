package dev.dialtone.worker.terminate;

import java.time.Clock;
import java.time.Duration;

import dev.dialtone.worker.account.UserLookup;
import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.worker.phone.PhoneLineRemover;
import dev.dialtone.worker.ratelimit.PartitionOwnership;
import dev.dialtone.zoom.client.ZoomClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/**
 * The TERMINATE handler, the deferral store for future-dated terminations and the
 * scheduler that re-emits them on their day (every {@code deferred-check-interval}, from
 * the bound properties).
 */
@Configuration(proxyBeanMethods = false)
class TerminateConfiguration {

	@Bean
	@SuppressWarnings({ "unchecked", "rawtypes" })
	Deferrals deferrals(KafkaTemplate<Object, Object> kafkaTemplate, WorkerProperties properties) {
		return new KafkaDeferrals((KafkaOperations) kafkaTemplate, properties.topics().deferred());
	}

	@Bean
	TerminateHandler terminateHandler(ZoomClient zoom, UserLookup users, PhoneLineRemover lines, Deferrals deferrals,
			WorkerProperties properties, Clock clock) {
		return new TerminateHandler(zoom, users, lines, deferrals, properties.terminationMode(), clock);
	}

	@Bean
	@SuppressWarnings({ "unchecked", "rawtypes" })
	DueEventScheduler dueEventScheduler(ConsumerFactory<Object, Object> consumerFactory,
			KafkaTemplate<Object, Object> kafkaTemplate, PartitionOwnership ownership, WorkerProperties properties,
			Clock clock) {
		return new DueEventScheduler((ConsumerFactory) consumerFactory, (KafkaOperations) kafkaTemplate, ownership,
				properties.topics().deferred(), properties.topics().identity(), clock);
	}

	@Bean
	SchedulingConfigurer dueEventSchedule(DueEventScheduler scheduler, WorkerProperties properties) {
		Duration interval = properties.deferredCheckInterval();
		return (registrar) -> registrar.addFixedDelayTask(new FixedDelayTask(scheduler::emitDue, interval, interval));
	}

}

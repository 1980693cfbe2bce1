package dev.dialtone.worker.outcome;

import java.time.Clock;

import dev.dialtone.worker.config.WorkerProperties;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;

/** Building and publishing outcomes, and timing each event up to its outcome. */
@Configuration(proxyBeanMethods = false)
class OutcomeConfiguration {

	@Bean
	OutcomeFactory outcomeFactory(Clock clock) {
		return new OutcomeFactory(clock);
	}

	@Bean
	@SuppressWarnings({ "unchecked", "rawtypes" })
	OutcomePublisher outcomePublisher(KafkaTemplate<Object, Object> kafkaTemplate, WorkerProperties properties,
			MeterRegistry meters) {
		// the system clock, not the Clock bean: latency compares with record timestamps
		// other hosts' clocks wrote
		return new OutcomePublisher((KafkaOperations) kafkaTemplate, properties.topics().outcomes(),
				new EventLatency(meters, Clock.systemUTC()));
	}

}

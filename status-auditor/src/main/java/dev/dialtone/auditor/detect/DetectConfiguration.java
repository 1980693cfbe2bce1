package dev.dialtone.auditor.detect;

import java.time.Clock;
import java.util.List;

import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.Ownership;
import org.apache.kafka.clients.consumer.ConsumerConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * The watchdogs: SLA escalation, and accepted identity events whose outcome never came
 * (the expectations listener in its own consumer group, the tracker, the deadline watch).
 */
@Configuration(proxyBeanMethods = false)
class DetectConfiguration {

	@Bean
	ExpectationTracker expectationTracker(Clock clock, AuditorProperties properties) {
		return new ExpectationTracker(clock, properties.expectationReplay());
	}

	@Bean
	ExpectationReplay expectationReplay(ConsumerFactory<?, ?> consumers, AuditorProperties properties, Clock clock) {
		return new ExpectationReplay(consumers, properties.topics().outcomes(), properties.expectationReplay(), clock);
	}

	@Bean
	IdentityListener identityListener(ExpectationTracker expectations, ExpectationReplay replay,
			AuditorProperties properties, ConsumerFactory<?, ?> consumers) {
		String group = consumers.getConfigurationProperties().get(ConsumerConfig.GROUP_ID_CONFIG) + "-expectations";
		return new IdentityListener(expectations, replay,
				List.of(properties.topics().identityEvents(), properties.topics().outcomes()), group);
	}

	@Bean
	SlaWatch slaWatch(AnomalyLedger ledger, AnomalyRouter router, Outbox outbox, Ownership ownership,
			AuditorProperties properties, Clock clock) {
		return new SlaWatch(ledger, router, outbox, ownership, properties.pendingSla(), clock);
	}

	@Bean
	DeadlineWatch deadlineWatch(ExpectationTracker expectations, AnomalyLedger ledger, AnomalyRouter router,
			Outbox outbox, AuditorProperties properties, Clock clock) {
		return new DeadlineWatch(expectations, ledger, router, outbox, properties.outcomeDeadline(), clock);
	}

}

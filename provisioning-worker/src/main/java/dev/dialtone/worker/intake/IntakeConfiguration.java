package dev.dialtone.worker.intake;

import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.worker.deadletter.DeadLetters;
import dev.dialtone.worker.ledger.AppliedLedger;
import dev.dialtone.worker.outcome.OutcomePublisher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the identity-event listener and its offset committer (package-private, so
 * wired from inside the package).
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

	@Bean
	OffsetCommitter offsetCommitter(WorkerProperties properties) {
		return new OffsetCommitter(properties.maxInFlight());
	}

	@Bean
	IdentityEventListener identityEventListener(Lanes lanes, EventProcessor processor, OutcomePublisher outcomes,
			DeadLetters deadLetters, AppliedLedger ledger, OffsetCommitter committer) {
		return new IdentityEventListener(lanes, processor, outcomes, deadLetters, ledger, committer);
	}

}

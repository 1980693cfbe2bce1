package dev.dialtone.worker.intake;

import dev.dialtone.worker.deadletter.DeadLetters;
import dev.dialtone.worker.ledger.AppliedLedger;
import dev.dialtone.worker.outcome.OutcomePublisher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the identity-event listener (package-private, so wired from inside its package).
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

	@Bean
	IdentityEventListener identityEventListener(Lanes lanes, EventProcessor processor, OutcomePublisher outcomes,
			DeadLetters deadLetters, AppliedLedger ledger) {
		return new IdentityEventListener(lanes, processor, outcomes, deadLetters, ledger);
	}

}

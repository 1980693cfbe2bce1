package dev.dialtone.worker.account;

import java.time.Clock;

import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.worker.ledger.EmailOwners;
import dev.dialtone.worker.ledger.KnownZoomUsers;
import dev.dialtone.worker.phone.PhoneBatcher;
import dev.dialtone.worker.phone.PhoneProvisioner;
import dev.dialtone.zoom.client.ZoomClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user logic the handlers share: lookup, pre-flight, the hire path, convergence. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	/**
	 * @param known the applied ledger: the durable record of the Zoom user each
	 * employee's last outcome named
	 * @param owners the email index: who owns which work email and Zoom user
	 */
	@Bean
	Accounts accounts(ZoomClient zoom, KnownZoomUsers known, EmailOwners owners, PhoneProvisioner phone, Clock clock,
			WorkerProperties properties, PhoneBatcher batcher) {
		return Accounts.create(zoom, known, owners, phone, properties.phoneBatch().enabled() ? batcher : null, clock,
				properties.managedDomainsCacheTtl(), properties.createConcurrency());
	}

	@Bean
	UserLookup userLookup(Accounts accounts) {
		return accounts.users();
	}

	@Bean
	Provisioner provisioner(Accounts accounts) {
		return accounts.provisioner();
	}

	@Bean
	KnownUser knownUser(Accounts accounts) {
		return accounts.known();
	}

	@Bean
	ActiveUserConverger activeUserConverger(Accounts accounts) {
		return accounts.converger();
	}

}

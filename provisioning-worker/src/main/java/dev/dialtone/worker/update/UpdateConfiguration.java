package dev.dialtone.worker.update;

import dev.dialtone.worker.account.ActiveUserConverger;
import dev.dialtone.worker.account.KnownUser;
import dev.dialtone.worker.phone.PhoneLineRemover;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The UPDATE handler. */
@Configuration(proxyBeanMethods = false)
class UpdateConfiguration {

	@Bean
	UpdateHandler updateHandler(KnownUser known, ActiveUserConverger converger, PhoneLineRemover lines) {
		return new UpdateHandler(known, converger, lines);
	}

}

package dev.dialtone.worker.hire;

import dev.dialtone.worker.account.Provisioner;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The HIRE handler. */
@Configuration(proxyBeanMethods = false)
class HireConfiguration {

	@Bean
	HireHandler hireHandler(Provisioner provisioner) {
		return new HireHandler(provisioner);
	}

}

package dev.dialtone.worker.rehire;

import dev.dialtone.worker.account.Provisioner;
import dev.dialtone.worker.terminate.Deferrals;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The REHIRE handler. */
@Configuration(proxyBeanMethods = false)
class RehireConfiguration {

	@Bean
	RehireHandler rehireHandler(Provisioner provisioner, Deferrals deferrals) {
		return new RehireHandler(provisioner, deferrals);
	}

}

package dev.dialtone.worker.redrive;

import dev.dialtone.worker.account.Provisioner;
import dev.dialtone.worker.account.UserLookup;
import dev.dialtone.zoom.client.ZoomClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The auditor's REDRIVE command. */
@Configuration(proxyBeanMethods = false)
class RedriveConfiguration {

	@Bean
	RedriveHandler redriveHandler(ZoomClient zoom, UserLookup users, Provisioner provisioner) {
		return new RedriveHandler(zoom, users, provisioner);
	}

}

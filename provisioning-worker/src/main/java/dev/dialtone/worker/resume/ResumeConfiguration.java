package dev.dialtone.worker.resume;

import dev.dialtone.worker.account.KnownUser;
import dev.dialtone.worker.account.Provisioner;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The auditor's RESUME command. */
@Configuration(proxyBeanMethods = false)
class ResumeConfiguration {

	@Bean
	ResumeHandler resumeHandler(KnownUser known, Provisioner provisioner) {
		return new ResumeHandler(known, provisioner);
	}

}

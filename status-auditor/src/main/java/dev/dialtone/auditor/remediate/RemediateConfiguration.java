package dev.dialtone.auditor.remediate;

import java.time.Clock;

import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.auditor.zoom.ZoomDirectory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Commands to the worker, the audit trail, notifications, the shared re-drive and the
 * opt-in automation per cause.
 */
@Configuration(proxyBeanMethods = false)
class RemediateConfiguration {

	@Bean
	AuditTrail auditTrail(Outbox outbox, AuditorProperties properties, AuditorMetrics metrics, Clock clock) {
		return new AuditTrail(outbox, properties.topics().audit(), metrics, clock);
	}

	@Bean
	Commands commands(Outbox outbox, AuditorProperties properties, AnomalyLedger ledger, Clock clock) {
		return new Commands(outbox, properties.topics().identityEvents(), ledger, clock);
	}

	@Bean
	Notifier notifier(Outbox outbox, AuditorProperties properties, ObjectProvider<JavaMailSender> mail, Clock clock) {
		return new Notifier(outbox, properties.topics().notifications(), properties.mail(), properties.publicUrl(),
				mail, clock);
	}

	@Bean
	Redrive redrive(AnomalyRouter router, Commands commands, AuditTrail audit, Clock clock) {
		return new Redrive(router, commands, audit, clock);
	}

	@Bean
	PersonalAccountRemedy personalAccountRemedy(ZoomDirectory zoom, AnomalyRouter router, AuditTrail audit,
			Notifier notifier, Redrive redrive, AuditorProperties properties, Clock clock) {
		return new PersonalAccountRemedy(zoom, router, audit, notifier, redrive, properties.remediation().actor(),
				clock);
	}

	@Bean
	DomainHold domainHold(ZoomDirectory zoom, AnomalyLedger ledger, AnomalyRouter router, Outbox outbox,
			AuditTrail audit, Redrive redrive, Ownership ownership, AuditorProperties properties, Clock clock) {
		return new DomainHold(zoom, ledger, router, outbox, audit, redrive, ownership, properties.remediation().actor(),
				clock);
	}

	@Bean
	AutoRemediation autoRemediation(AuditorProperties properties, PersonalAccountRemedy personal, DomainHold hold,
			AuditTrail audit) {
		return new AutoRemediation(properties.remediation(), personal, hold, audit);
	}

	@Bean
	OperatorRedrive operatorRedrive(AnomalyLedger ledger, Outbox outbox, Redrive redrive) {
		return new OperatorRedrive(ledger, outbox, redrive);
	}

}

package dev.dialtone.auditor.remediate;

import java.time.Clock;

import dev.dialtone.auditor.classify.DomainStatuses;
import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.config.AuditorProperties.Remediation;
import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.spike.SpikeWatch;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.auditor.zoom.ZoomDirectory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Commands to the worker, the audit trail, notifications, the shared re-drive, the domain
 * hold, the guarded opt-in remedies and the re-classification of causes that changed.
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
			AuditTrail audit, Redrive redrive, Ownership ownership, AuditorProperties properties, Clock clock,
			DomainStatuses domains) {
		return new DomainHold(zoom, ledger, router, outbox, audit, redrive, ownership, properties.remediation().actor(),
				clock, domains);
	}

	@Bean
	AutoRemediation autoRemediation(AuditorProperties properties, PersonalAccountRemedy personal, DomainHold hold,
			AuditTrail audit, ZoomDirectory zoom, DomainStatuses domains, AnomalyRouter router, SpikeWatch incidents,
			Clock clock) {
		Remediation settings = properties.remediation();
		return new AutoRemediation(settings, personal, hold, audit, new ActionGuard(zoom, domains, clock),
				new ActionCap(settings.destructiveCap(), settings.destructiveCapWindow()), router,
				incidents::automationStopped, clock);
	}

	@Bean
	CauseRecheck causeRecheck(AnomalyLedger ledger, DomainStatuses domains, AnomalyRouter router, Outbox outbox,
			AuditTrail audit, DomainHold hold, Ownership ownership, AuditorProperties properties, Clock clock) {
		return new CauseRecheck(ledger, domains, router, outbox, audit, hold, ownership, properties.remediation(),
				clock);
	}

	@Bean
	OperatorRedrive operatorRedrive(AnomalyLedger ledger, Outbox outbox, Redrive redrive) {
		return new OperatorRedrive(ledger, outbox, redrive);
	}

}

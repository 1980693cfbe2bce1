package dev.dialtone.auditor.recheck;

import java.time.Clock;

import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.detect.DeadlineWatch;
import dev.dialtone.auditor.detect.SlaWatch;
import dev.dialtone.auditor.remediate.AuditTrail;
import dev.dialtone.auditor.remediate.CauseRecheck;
import dev.dialtone.auditor.remediate.Commands;
import dev.dialtone.auditor.remediate.DomainHold;
import dev.dialtone.auditor.remediate.PersonalAccountRemedy;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.spike.SpikeWatch;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.auditor.zoom.ZoomDirectory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What happens when a user turns active, the back-off re-checks, and the scheduled jobs.
 */
@Configuration(proxyBeanMethods = false)
class RecheckConfiguration {

	@Bean
	UserActivation userActivation(AnomalyLedger ledger, AnomalyRouter router, Outbox outbox, Commands commands,
			AuditTrail audit, PersonalAccountRemedy personal, AuditorProperties properties, Clock clock) {
		return new UserActivation(ledger, router, outbox, commands, audit, personal, properties.remediation().actor(),
				clock);
	}

	@Bean
	PendingRecheck pendingRecheck(AnomalyLedger ledger, ZoomDirectory zoom, UserActivation activation,
			Ownership ownership, AuditorProperties properties, Clock clock) {
		return new PendingRecheck(ledger, zoom, activation, ownership, properties.recheckBackoff(), clock);
	}

	@Bean
	AuditorJobs auditorJobs(PendingRecheck recheck, SlaWatch sla, DeadlineWatch deadlines, DomainHold domainHold,
			SpikeWatch spikes, CauseRecheck causes, AuditorProperties properties) {
		return new AuditorJobs(recheck, sla, deadlines, domainHold, spikes, causes, properties.tick());
	}

}

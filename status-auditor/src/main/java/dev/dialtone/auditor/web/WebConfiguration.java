package dev.dialtone.auditor.web;

import java.time.Clock;

import dev.dialtone.auditor.classify.DomainStatuses;
import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.recheck.PendingRecheck;
import dev.dialtone.auditor.remediate.ActionCap;
import dev.dialtone.auditor.remediate.OperatorRedrive;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.StateTopic;
import dev.dialtone.contracts.AuditRecord;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The page's and API's own collaborators. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	ActionRateLimit actionRateLimit(AuditorProperties properties, Clock clock) {
		return new ActionRateLimit(properties.security().actionBurst(), properties.security().actionRefill(), clock);
	}

	@Bean
	AuditIndex auditIndex() {
		return new AuditIndex();
	}

	@Bean
	StateTopic auditIndexState(AuditorProperties properties, AuditIndex index) {
		return new StateTopic(properties.topics().audit(), (v) -> index.apply((AuditRecord) v));
	}

	/**
	 * Its own cap, as large as the automation's: bulk re-drives per cause within the
	 * window.
	 */
	@Bean
	BulkActions bulkActions(AnomalyLedger ledger, PendingRecheck recheck, OperatorRedrive redrive,
			DomainStatuses domains, AuditorProperties properties, Clock clock) {
		return new BulkActions(ledger, recheck, redrive, domains, new ActionCap(
				properties.remediation().destructiveCap(), properties.remediation().destructiveCapWindow()), clock);
	}

}

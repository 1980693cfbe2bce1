package dev.dialtone.auditor.sweep;

import java.time.Clock;
import java.time.Instant;

import dev.dialtone.auditor.classify.DomainStatuses;
import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.creation.ZoomUserCreations;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.auditor.state.StateTail;
import dev.dialtone.zoom.client.ZoomClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/**
 * The account sweep and its schedule ({@code dialtone.auditor.sweep.*}: hourly by
 * default, the first one period after start-up).
 */
@Configuration(proxyBeanMethods = false)
class SweepConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SweepConfiguration.class);

	@Bean
	AccountSweep accountSweep(ZoomClient zoom, AnomalyLedger ledger, AnomalyRouter router, Outbox outbox,
			Ownership ownership, DomainStatuses domainStatuses, ZoomUserCreations creations, StateTail tail,
			AuditorProperties properties, Clock clock) {
		return new AccountSweep(zoom, ledger, router, outbox, ownership, domainStatuses,
				new AccountSweep.Creations(creations, tail, properties.topics().zoomUserCreations()), clock);
	}

	@Bean
	SchedulingConfigurer accountSweepSchedule(AccountSweep sweep, AuditorProperties properties) {
		AuditorProperties.Sweep settings = properties.sweep();
		return (registrar) -> {
			if (settings.enabled()) {
				registrar.addFixedDelayTask(
						new FixedDelayTask(() -> scheduled(sweep), settings.every(), settings.firstAfter()));
			}
		};
	}

	private static void scheduled(AccountSweep sweep) {
		try {
			sweep.run("schedule at " + Instant.now());
		}
		catch (RuntimeException ex) {
			log.warn("Scheduled account sweep failed: {}", ex.getMessage());
		}
	}

}

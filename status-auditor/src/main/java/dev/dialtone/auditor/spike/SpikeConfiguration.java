package dev.dialtone.auditor.spike;

import java.time.Clock;

import dev.dialtone.auditor.classify.DomainStatuses;
import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.StateTopic;
import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.contracts.PendingIncident;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The spike watch, and its open incidents restored from the compacted incidents topic at
 * start-up.
 */
@Configuration(proxyBeanMethods = false)
class SpikeConfiguration {

	@Bean
	SpikeWatch spikeWatch(ZoomDirectory zoom, Outbox outbox, AuditorProperties properties, AuditorMetrics metrics,
			Clock clock, AnomalyLedger ledger, DomainStatuses domains) {
		return new SpikeWatch(zoom, outbox, properties.spike(), properties.topics().incidents(), metrics, clock, ledger,
				domains);
	}

	@Bean
	StateTopic incidentsState(AuditorProperties properties, SpikeWatch spikes) {
		return new StateTopic(properties.topics().incidents(), (v) -> spikes.restore((PendingIncident) v));
	}

}

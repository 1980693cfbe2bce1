package dev.dialtone.auditor.spike;

import java.time.Clock;
import java.time.Duration;

import dev.dialtone.auditor.classify.DomainStatuses;
import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.StateTail;
import dev.dialtone.auditor.state.StateTopic;
import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.contracts.PendingIncident;
import org.apache.kafka.clients.consumer.ConsumerConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * The spike feed (outcomes re-keyed by domain onto the observations topic), the listener
 * holding the windows of the partitions this instance owns, the spike watch, and its
 * incidents restored from (and kept in step with) the compacted incidents topic.
 */
@Configuration(proxyBeanMethods = false)
class SpikeConfiguration {

	/** Longest wait for the incidents topic before raising one. */
	private static final Duration INCIDENTS_CATCH_UP = Duration.ofSeconds(3);

	@Bean
	SpikeOwnership spikeOwnership() {
		return SpikeOwnership.byAssignment();
	}

	@Bean
	SpikeWatch spikeWatch(ZoomDirectory zoom, Outbox outbox, AuditorProperties properties, AuditorMetrics metrics,
			Clock clock, AnomalyLedger ledger, DomainStatuses domains, SpikeOwnership ownership,
			@Lazy StateTail state) {
		String incidents = properties.topics().incidents();
		return new SpikeWatch(zoom, outbox, properties.spike(), incidents, metrics, clock, ledger, domains, ownership,
				() -> state.catchUp(incidents, INCIDENTS_CATCH_UP));
	}

	@Bean
	SpikeFeed spikeFeed(Outbox outbox, AuditorProperties properties, Clock clock) {
		return new SpikeFeed(outbox, properties.topics().spikeObservations(), clock);
	}

	@Bean
	SpikeListener spikeListener(SpikeWatch watch, SpikeOwnership ownership, ConsumerFactory<?, ?> consumers,
			AuditorProperties properties, Clock clock) {
		String topic = properties.topics().spikeObservations();
		String group = consumers.getConfigurationProperties().get(ConsumerConfig.GROUP_ID_CONFIG) + "-spikes";
		SpikeReplay replay = new SpikeReplay(consumers, topic, properties.spike().window(),
				properties.spike().baselineWindow(), clock);
		return new SpikeListener(watch, ownership, replay, topic, group);
	}

	@Bean
	StateTopic incidentsState(AuditorProperties properties, SpikeWatch spikes) {
		return new StateTopic(properties.topics().incidents(), (v) -> spikes.restore((PendingIncident) v));
	}

}

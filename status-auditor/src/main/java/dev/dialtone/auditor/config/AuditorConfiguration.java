package dev.dialtone.auditor.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;

import dev.dialtone.auditor.classify.PendingClassifier;
import dev.dialtone.auditor.detect.DeadlineWatch;
import dev.dialtone.auditor.detect.ExpectationReplay;
import dev.dialtone.auditor.detect.ExpectationTracker;
import dev.dialtone.auditor.detect.SlaWatch;
import dev.dialtone.auditor.intake.OutcomeHandler;
import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.recheck.PendingRecheck;
import dev.dialtone.auditor.recheck.UserActivation;
import dev.dialtone.auditor.remediate.AuditTrail;
import dev.dialtone.auditor.remediate.AutoRemediation;
import dev.dialtone.auditor.remediate.Commands;
import dev.dialtone.auditor.remediate.DomainHold;
import dev.dialtone.auditor.remediate.Notifier;
import dev.dialtone.auditor.remediate.OperatorRedrive;
import dev.dialtone.auditor.remediate.PersonalAccountRemedy;
import dev.dialtone.auditor.remediate.Redrive;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.spike.SpikeWatch;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.auditor.state.Ownership;
import dev.dialtone.auditor.state.StateLoader;
import dev.dialtone.auditor.webhook.WebhookHandler;
import dev.dialtone.auditor.webhook.ZoomSignature;
import dev.dialtone.auditor.zoom.ZoomClientDirectory;
import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingIncident;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.zoom.client.ZoomClient;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Wires the plain (Spring-free) classes of each feature together.
 */
@Configuration(proxyBeanMethods = false)
class AuditorConfiguration {

	@Bean
	Clock clock() {
		// millisecond ticks: Avro timestamps are millis, so ledger copies compare equal
		// to what the topic returns
		return Clock.tickMillis(ZoneOffset.UTC);
	}

	@Bean
	AnomalyLedger anomalyLedger() {
		return new AnomalyLedger();
	}

	@Bean
	Ownership ownership() {
		return new Ownership();
	}

	@Bean
	ExpectationTracker expectationTracker(Clock clock, AuditorProperties properties) {
		return new ExpectationTracker(clock, properties.expectationReplay());
	}

	@Bean
	ExpectationReplay expectationReplay(ConsumerFactory<?, ?> consumers, AuditorProperties properties, Clock clock) {
		return new ExpectationReplay(consumers, properties.topics().outcomes(), properties.expectationReplay(), clock);
	}

	@Bean
	AuditorMetrics auditorMetrics(MeterRegistry registry, AnomalyLedger ledger) {
		return new AuditorMetrics(registry, ledger);
	}

	@Bean
	ZoomDirectory zoomDirectory(ZoomClient client) {
		return new ZoomClientDirectory(client);
	}

	@Bean
	PendingClassifier pendingClassifier(ZoomDirectory zoom, Clock clock, AuditorProperties properties) {
		return new PendingClassifier(zoom, clock, properties.evidenceMaxAge());
	}

	@Bean
	SpikeWatch spikeWatch(ZoomDirectory zoom, Outbox outbox, AuditorProperties properties, AuditorMetrics metrics,
			Clock clock) {
		return new SpikeWatch(zoom, outbox, properties, metrics, clock);
	}

	@Bean
	StateLoader stateLoader(ConsumerFactory<?, ?> consumers, AuditorProperties properties, AnomalyLedger ledger,
			SpikeWatch spikes) {
		AuditorProperties.Topics topics = properties.topics();
		Map<String, Consumer<Object>> appliers = Map.of(topics.anomalies(), (v) -> ledger.apply((PendingAnomaly) v),
				topics.latestOutcomes(), (v) -> ledger.putOutcome((ProvisioningOutcome) v), topics.incidents(),
				(v) -> spikes.restore((PendingIncident) v));
		return new StateLoader(consumers.getConfigurationProperties(), appliers, Duration.ofMinutes(2));
	}

	@Bean
	AuditTrail auditTrail(Outbox outbox, AuditorProperties properties, AuditorMetrics metrics, Clock clock) {
		return new AuditTrail(outbox, properties, metrics, clock);
	}

	@Bean
	Commands commands(Outbox outbox, AuditorProperties properties, AnomalyLedger ledger, Clock clock) {
		return new Commands(outbox, properties, ledger, clock);
	}

	@Bean
	Notifier notifier(Outbox outbox, AuditorProperties properties, ObjectProvider<JavaMailSender> mail, Clock clock) {
		return new Notifier(outbox, properties, mail, clock);
	}

	@Bean
	Redrive redrive(AnomalyRouter router, Commands commands, AuditTrail audit, Clock clock) {
		return new Redrive(router, commands, audit, clock);
	}

	@Bean
	PersonalAccountRemedy personalAccountRemedy(ZoomDirectory zoom, AnomalyRouter router, AuditTrail audit,
			Notifier notifier, Redrive redrive, AuditorProperties properties, Clock clock) {
		return new PersonalAccountRemedy(zoom, router, audit, notifier, redrive, properties, clock);
	}

	@Bean
	DomainHold domainHold(ZoomDirectory zoom, AnomalyLedger ledger, AnomalyRouter router, Outbox outbox,
			AuditTrail audit, Redrive redrive, Ownership ownership, AuditorProperties properties, Clock clock) {
		return new DomainHold(zoom, ledger, router, outbox, audit, redrive, ownership, properties, clock);
	}

	@Bean
	AutoRemediation autoRemediation(AuditorProperties properties, PersonalAccountRemedy personal, DomainHold hold,
			AuditTrail audit) {
		return new AutoRemediation(properties, personal, hold, audit);
	}

	@Bean
	OperatorRedrive operatorRedrive(AnomalyLedger ledger, Outbox outbox, Redrive redrive) {
		return new OperatorRedrive(ledger, outbox, redrive);
	}

	@Bean
	UserActivation userActivation(AnomalyLedger ledger, AnomalyRouter router, Outbox outbox, Commands commands,
			AuditTrail audit, PersonalAccountRemedy personal, AuditorProperties properties, Clock clock) {
		return new UserActivation(ledger, router, outbox, commands, audit, personal, properties, clock);
	}

	@Bean
	PendingRecheck pendingRecheck(AnomalyLedger ledger, ZoomDirectory zoom, UserActivation activation,
			Ownership ownership, AuditorProperties properties, Clock clock) {
		return new PendingRecheck(ledger, zoom, activation, ownership, properties, clock);
	}

	@Bean
	SlaWatch slaWatch(AnomalyLedger ledger, AnomalyRouter router, Outbox outbox, Ownership ownership,
			AuditorProperties properties, Clock clock) {
		return new SlaWatch(ledger, router, outbox, ownership, properties, clock);
	}

	@Bean
	DeadlineWatch deadlineWatch(ExpectationTracker expectations, AnomalyLedger ledger, AnomalyRouter router,
			Outbox outbox, AuditorProperties properties, Clock clock) {
		return new DeadlineWatch(expectations, ledger, router, outbox, properties, clock);
	}

	@Bean
	OutcomeHandler outcomeHandler(AnomalyLedger ledger, PendingClassifier classifier, AnomalyRouter router,
			Outbox outbox, AutoRemediation remediation, SpikeWatch spikes, ExpectationTracker expectations,
			AuditorProperties properties, Clock clock) {
		return new OutcomeHandler(ledger, classifier, router, outbox, remediation, spikes, expectations, properties,
				clock);
	}

	@Bean
	ZoomSignature zoomSignature(AuditorProperties properties) {
		return new ZoomSignature(properties.webhook().secretToken(), properties.webhook().maxSkew());
	}

	@Bean
	WebhookHandler webhookHandler(AnomalyLedger ledger, UserActivation activation) {
		return new WebhookHandler(ledger, activation);
	}

}

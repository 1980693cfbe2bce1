package dev.dialtone.auditor.metrics;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The auditor's meters. Prometheus names: {@code dialtone_auditor_open_anomalies{cause}},
 * {@code dialtone_auditor_sla_breached_anomalies},
 * {@code dialtone_auditor_anomalies_detected_total{cause,kind}},
 * {@code dialtone_auditor_anomalies_resolved_total{cause}},
 * {@code dialtone_auditor_time_to_active_seconds},
 * {@code dialtone_auditor_incidents_total}, {@code dialtone_auditor_open_incidents},
 * {@code dialtone_auditor_actions_total{action}},
 * {@code dialtone_auditor_webhooks_total{result}}.
 */
public class AuditorMetrics {

	private final MeterRegistry registry;

	private final AtomicInteger openIncidents = new AtomicInteger();

	private final Timer timeToActive;

	private final Counter incidents;

	public AuditorMetrics(MeterRegistry registry, AnomalyLedger ledger) {
		this.registry = registry;
		for (PendingCause cause : PendingCause.values()) {
			Gauge
				.builder("dialtone.auditor.open.anomalies",
						() -> ledger.open().stream().filter((a) -> a.getCause() == cause).count())
				.tag("cause", cause.name())
				.description("Open (or remediating) anomalies by cause")
				.register(registry);
		}
		Gauge
			.builder("dialtone.auditor.sla.breached.anomalies",
					() -> ledger.open().stream().filter((a) -> a.getKind() == AnomalyKind.PENDING_SLA_BREACHED).count())
			.description("Open anomalies pending longer than the SLA")
			.register(registry);
		Gauge.builder("dialtone.auditor.open.incidents", this.openIncidents, AtomicInteger::get)
			.description("Open pending-spike incidents")
			.register(registry);
		this.timeToActive = Timer.builder("dialtone.auditor.time.to.active")
			.description("From anomaly detection to the user turning active")
			.publishPercentileHistogram()
			.register(registry);
		this.incidents = Counter.builder("dialtone.auditor.incidents")
			.description("Incidents raised")
			.register(registry);
		// registered up front so alert rules and dashboards find the series before the
		// first event
		for (String result : new String[] { "rejected", "validation", "acted", "ignored" }) {
			registry.counter("dialtone.auditor.webhooks", "result", result);
		}
	}

	public void transition(PendingAnomaly previous, PendingAnomaly next) {
		if (previous == null || !previous.getAnomalyId().equals(next.getAnomalyId())) {
			this.registry
				.counter("dialtone.auditor.anomalies.detected", "cause", next.getCause().name(), "kind",
						next.getKind().name())
				.increment();
		}
		if (next.getStatus() == AnomalyStatus.RESOLVED && next.getResolution() != null
				&& (previous == null || previous.getStatus() != AnomalyStatus.RESOLVED)) {
			this.registry.counter("dialtone.auditor.anomalies.resolved", "cause", next.getCause().name()).increment();
			if (!Anomalies.closedWithoutActivation(next)) {
				// a person who left (or an outcome that came late, still not active)
				// never turned active: their wait
				// would skew the activation alert
				this.timeToActive.record(Duration.ofMillis(next.getResolution().getTimeToResolutionMillis()));
			}
		}
	}

	public void action(String action) {
		this.registry.counter("dialtone.auditor.actions", "action", action).increment();
	}

	public void webhook(String result) {
		this.registry.counter("dialtone.auditor.webhooks", "result", result).increment();
	}

	public void incidentOpened(int open) {
		this.incidents.increment();
		this.openIncidents.set(open);
	}

	public void incidentsOpen(int open) {
		this.openIncidents.set(open);
	}

}

package dev.dialtone.auditor.drift;

import java.util.List;

import dev.dialtone.contracts.DriftKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code dialtone_drift_open{kind}} (open findings),
 * {@code dialtone_drift_leaver_numbers} and {@code dialtone_drift_leaver_calling_plans}
 * (numbers and calling-plan licences still held by leavers),
 * {@code dialtone_drift_found_total{kind}},
 * {@code dialtone_drift_corrections_total{kind}}, {@code dialtone_drift_resolved_total}
 * and {@code dialtone_drift_checks_total}.
 */
class DriftMetrics {

	private final MeterRegistry registry;

	DriftMetrics(MeterRegistry registry, DriftLedger findings) {
		this.registry = registry;
		for (DriftKind kind : DriftKind.values()) {
			if (kind != DriftKind.UNKNOWN) {
				Gauge.builder("dialtone.drift.open", findings, (f) -> f.openOf(kind))
					.tag("kind", kind.name())
					.description("Open drift findings")
					.register(registry);
			}
		}
		Gauge.builder("dialtone.drift.leaver.numbers", findings, DriftLedger::leaverNumbers)
			.description("Phone numbers held by people HR terminated")
			.register(registry);
		Gauge.builder("dialtone.drift.leaver.calling.plans", findings, DriftLedger::leaverCallingPlans)
			.description("Calling plans (licences) held by people HR terminated")
			.register(registry);
	}

	/** Counts what a committed check did. */
	void checked(List<DriftKind> added, List<DriftKind> corrected, int resolved) {
		Counter.builder("dialtone.drift.checks").register(this.registry).increment();
		added.forEach((kind) -> Counter.builder("dialtone.drift.found")
			.tag("kind", kind.name())
			.register(this.registry)
			.increment());
		corrected.forEach((kind) -> Counter.builder("dialtone.drift.corrections")
			.tag("kind", kind.name())
			.register(this.registry)
			.increment());
		Counter.builder("dialtone.drift.resolved").register(this.registry).increment(resolved);
	}

}

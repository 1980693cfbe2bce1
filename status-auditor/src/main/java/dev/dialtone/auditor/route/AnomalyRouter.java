package dev.dialtone.auditor.route;

import java.util.Locale;
import java.util.Map;

import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.config.AuditorProperties.RouteMode;
import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;

/**
 * Publishes an anomaly state to the compacted anomalies topic (header
 * {@code dialtone-cause}) and, in {@link RouteMode#TOPIC_PER_CAUSE}, to the cause's own
 * topic so each team subscribes only to what it can fix; then records it in the ledger
 * and the metrics.
 */
public class AnomalyRouter {

	public static final String CAUSE_HEADER = "dialtone-cause";

	private final Outbox outbox;

	private final AuditorProperties properties;

	private final AnomalyLedger ledger;

	private final AuditorMetrics metrics;

	public AnomalyRouter(Outbox outbox, AuditorProperties properties, AnomalyLedger ledger, AuditorMetrics metrics) {
		this.outbox = outbox;
		this.properties = properties;
		this.ledger = ledger;
		this.metrics = metrics;
	}

	/**
	 * Publishes {@code next}; {@code previous} (may be null) is the state it replaces,
	 * for the metrics.
	 */
	public void publish(PendingAnomaly previous, PendingAnomaly next) {
		Map<String, String> headers = Map.of(CAUSE_HEADER, next.getCause().name());
		String key = next.getEmployeeId();
		this.outbox.send(this.properties.topics().anomalies(), key, next, headers);
		if (this.properties.routeMode() == RouteMode.TOPIC_PER_CAUSE) {
			this.outbox.send(routeTopic(this.properties.topics().anomalies(), next.getCause()), key, next, headers);
		}
		this.ledger.put(next);
		this.metrics.transition(previous, next);
	}

	public static String routeTopic(String anomaliesTopic, PendingCause cause) {
		return anomaliesTopic + "." + cause.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}

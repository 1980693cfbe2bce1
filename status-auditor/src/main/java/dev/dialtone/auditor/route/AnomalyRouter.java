package dev.dialtone.auditor.route;

import java.util.Map;

import dev.dialtone.auditor.config.AuditorProperties.RouteMode;
import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.topics.DialtoneTopic;

/**
 * Publishes an anomaly state to the compacted anomalies topic (header
 * {@code dialtone-cause}) and, in {@link RouteMode#TOPIC_PER_CAUSE}, to the cause's own
 * topic so each team subscribes only to what it can fix; then records it in the ledger
 * and the metrics.
 */
public class AnomalyRouter {

	public static final String CAUSE_HEADER = "dialtone-cause";

	private final Outbox outbox;

	private final String anomaliesTopic;

	private final RouteMode routeMode;

	private final AnomalyLedger ledger;

	private final AuditorMetrics metrics;

	public AnomalyRouter(Outbox outbox, String anomaliesTopic, RouteMode routeMode, AnomalyLedger ledger,
			AuditorMetrics metrics) {
		this.outbox = outbox;
		this.anomaliesTopic = anomaliesTopic;
		this.routeMode = routeMode;
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
		this.outbox.send(this.anomaliesTopic, key, next, headers);
		if (this.routeMode == RouteMode.TOPIC_PER_CAUSE) {
			this.outbox.send(DialtoneTopic.routeOf(this.anomaliesTopic, next.getCause()), key, next, headers);
		}
		this.ledger.put(next);
		this.metrics.transition(previous, next);
	}

}

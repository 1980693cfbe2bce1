package dev.dialtone.auditor.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.auditor.classify.Classification;
import dev.dialtone.auditor.classify.PendingClassifier;
import dev.dialtone.auditor.detect.ExpectationTracker;
import dev.dialtone.auditor.detect.OutcomeDetector;
import dev.dialtone.auditor.remediate.AutoRemediation;
import dev.dialtone.auditor.route.AnomalyRouter;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.spike.SpikeFeed;
import dev.dialtone.auditor.state.Anomalies;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.ProvisioningOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one outcome into anomaly state: open, update or resolve, classify, route, start
 * automation, feed the spike watch. Idempotent: an outcome already reflected in the
 * person's anomaly is skipped.
 */
class OutcomeHandler {

	private static final Logger log = LoggerFactory.getLogger(OutcomeHandler.class);

	static final String OUTCOME_KEY = "outcomeEventId";

	private final AnomalyLedger ledger;

	private final PendingClassifier classifier;

	private final AnomalyRouter router;

	private final Outbox outbox;

	private final AutoRemediation remediation;

	private final SpikeFeed spikes;

	private final ExpectationTracker expectations;

	private final String latestOutcomesTopic;

	private final Clock clock;

	OutcomeHandler(AnomalyLedger ledger, PendingClassifier classifier, AnomalyRouter router, Outbox outbox,
			AutoRemediation remediation, SpikeFeed spikes, ExpectationTracker expectations, String latestOutcomesTopic,
			Clock clock) {
		this.ledger = ledger;
		this.classifier = classifier;
		this.router = router;
		this.outbox = outbox;
		this.remediation = remediation;
		this.spikes = spikes;
		this.expectations = expectations;
		this.latestOutcomesTopic = latestOutcomesTopic;
		this.clock = clock;
	}

	void handle(ProvisioningOutcome outcome) {
		String employeeId = outcome.getEmployeeId();
		this.expectations.answered(outcome.getEventId());
		PendingCause cause;
		synchronized (this.ledger.lockFor(employeeId)) {
			Optional<PendingAnomaly> current = this.ledger.anomaly(employeeId);
			if (current.map((a) -> alreadySeen(a, outcome)).orElse(false)) {
				log.debug("Outcome {} of {} already reflected; skipping", outcome.getEventId(), employeeId);
				return;
			}
			this.ledger.putOutcome(outcome);
			this.outbox.send(this.latestOutcomesTopic, employeeId, outcome);
			cause = apply(outcome, current.filter(AnomalyLedger::isOpen));
		}
		this.spikes.observed(outcome, cause);
	}

	private PendingCause apply(ProvisioningOutcome outcome, Optional<PendingAnomaly> current) {
		Instant now = this.clock.instant();
		Optional<PendingAnomaly> open = current;
		if (open.filter((anomaly) -> OutcomeDetector.answersMissing(anomaly, outcome)).isPresent()) {
			// whatever the state, the outcome is no longer missing; the state itself is
			// judged below like any other
			this.router.publish(open.get(), closed(open.get(), outcome, now, Anomalies.arrivedLate(outcome)));
			open = Optional.empty();
		}
		if (OutcomeDetector.resolves(outcome) || OutcomeDetector.personLeft(outcome)) {
			open.ifPresent((anomaly) -> this.router.publish(anomaly, resolved(anomaly, outcome, now)));
			return null;
		}
		Optional<AnomalyKind> kind = OutcomeDetector.kindOf(outcome);
		if (kind.isEmpty()) {
			return null;
		}
		Classification first = this.classifier.classify(outcome);
		// about to act on it in Zoom and mail the person: the cause must rest on a read
		// made now, not on the worker's evidence
		Classification classification = this.remediation.actsDestructivelyOn(first.cause())
				? this.classifier.classifyFresh(outcome) : first;
		if (classification.userAlreadyActive()) {
			log.info("Employee {} reported {} but Zoom now shows the user active", outcome.getEmployeeId(),
					outcome.getFinalState());
			return null;
		}
		PendingAnomaly next = open.map((anomaly) -> updated(anomaly, outcome, kind.get(), classification, now))
			.orElseGet(() -> Anomalies.open(outcome.getEmployeeId(), outcome.getWorkEmail(), outcome.getZoomUserId(),
					outcome.getEventId(), kind.get(), classification, now));
		this.router.publish(open.orElse(null), next);
		log.info("Employee {} anomaly {} {} cause {}", next.getEmployeeId(), next.getAnomalyId(), next.getKind(),
				next.getCause());
		this.remediation.consider(next);
		// only pending users make a spike; failures and phone steps are one person each
		return OutcomeDetector.pendingKind(kind.get()) ? classification.cause() : null;
	}

	private static PendingAnomaly resolved(PendingAnomaly anomaly, ProvisioningOutcome outcome, Instant now) {
		String how;
		if (OutcomeDetector.personLeft(outcome)) {
			how = Anomalies.PERSON_LEFT;
		}
		else {
			how = (anomaly.getStatus() == AnomalyStatus.REMEDIATING) ? "re-driven and active"
					: "superseded by a later event: active and phone-ready";
		}
		return closed(anomaly, outcome, now, how);
	}

	private static PendingAnomaly closed(PendingAnomaly anomaly, ProvisioningOutcome outcome, Instant now, String how) {
		PendingAnomaly closed = Anomalies.resolve(anomaly, now,
				how + " (" + outcome.getEventType() + " " + outcome.getEventId() + ")");
		return Anomalies.withEvidence(PendingAnomaly.newBuilder(closed), Map.of(OUTCOME_KEY, outcome.getEventId()));
	}

	private static PendingAnomaly updated(PendingAnomaly anomaly, ProvisioningOutcome outcome, AnomalyKind kind,
			Classification classification, Instant now) {
		String line = "outcome of " + outcome.getEventType() + " " + outcome.getEventId() + ": "
				+ outcome.getFinalState() + ", classified " + classification.cause();
		PendingAnomaly.Builder builder = Anomalies.next(anomaly, now, line)
			.setKind(kind)
			.setCause(classification.cause())
			.setZoomUserId(outcome.getZoomUserId())
			.setRemediationSteps(classification.remediationSteps())
			.setSeverity(classification.severity())
			.setStatus(AnomalyStatus.OPEN);
		Map<String, String> keep = (anomaly.getEvidence().containsKey(AutoRemediation.ATTEMPTED))
				? Map.of(AutoRemediation.ATTEMPTED, anomaly.getEvidence().get(AutoRemediation.ATTEMPTED)) : Map.of();
		builder.setEvidence(new LinkedHashMap<>(classification.evidence()));
		return Anomalies.withEvidence(builder, keep);
	}

	private static boolean alreadySeen(PendingAnomaly anomaly, ProvisioningOutcome outcome) {
		return outcome.getEventId().equals(anomaly.getEvidence().get(OUTCOME_KEY));
	}

}

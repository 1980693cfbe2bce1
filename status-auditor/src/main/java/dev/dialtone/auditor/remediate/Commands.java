package dev.dialtone.auditor.remediate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.AnomalyLedger;
import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.ProvisioningOutcome;

/**
 * Publishes RESUME / REDRIVE commands to the identity topic, keyed by employee id so they
 * stay ordered with the person's HR events, built from the person the latest outcome
 * carried.
 */
public class Commands {

	static final String SOURCE_SYSTEM = "dialtone-auditor";

	private final Outbox outbox;

	private final String identityTopic;

	private final AnomalyLedger ledger;

	private final Clock clock;

	public Commands(Outbox outbox, String identityTopic, AnomalyLedger ledger, Clock clock) {
		this.outbox = outbox;
		this.identityTopic = identityTopic;
		this.ledger = ledger;
		this.clock = clock;
	}

	/**
	 * Sends the command; its id is derived from the anomaly state so a retried send is
	 * the same command.
	 */
	public IdentityEvent send(EventType type, PendingAnomaly anomaly) {
		String seed = anomaly.getAnomalyId() + "|" + type + "|" + anomaly.getHistory().size();
		IdentityEvent event = IdentityEvent.newBuilder()
			.setEventId(UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString())
			.setEventType(type)
			.setOccurredAt(this.clock.instant())
			.setSourceSystem(SOURCE_SYSTEM)
			.setCorrelationId(anomaly.getAnomalyId())
			.setPerson(personOf(anomaly))
			.build();
		this.outbox.send(this.identityTopic, anomaly.getEmployeeId(), event);
		return event;
	}

	private Person personOf(PendingAnomaly anomaly) {
		return this.ledger.latestOutcome(anomaly.getEmployeeId())
			.map(ProvisioningOutcome::getPerson)
			.filter((person) -> person != null)
			.map((person) -> Person.newBuilder(person).build())
			.orElseGet(() -> Person.newBuilder()
				.setEmployeeId(anomaly.getEmployeeId())
				.setWorkEmail(anomaly.getWorkEmail())
				.build());
	}

}

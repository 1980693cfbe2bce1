package dev.dialtone.auditor.drift;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import dev.dialtone.auditor.drift.HrView.Employee;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.contracts.DriftFinding;
import dev.dialtone.contracts.DriftKind;
import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.PhoneChange;

/**
 * A correction is an ordinary command for the worker on the identity topic (keyed by
 * employee id, so ordered with the person's HR events): TERMINATE again for a leaver
 * still provisioned, UPDATE with HR's line for a phone that differs. The auditor itself
 * never writes to Zoom; the worker converges the person as for any HR event.
 */
class DriftCommands {

	static final String SOURCE_SYSTEM = "dialtone-auditor";

	private final Outbox outbox;

	private final String identityTopic;

	DriftCommands(Outbox outbox, String identityTopic) {
		this.outbox = outbox;
		this.identityTopic = identityTopic;
	}

	/**
	 * The correction of a finding; its id is derived from the finding, so a retried check
	 * sends the same command.
	 */
	IdentityEvent correction(DriftFinding finding, Employee employee, Instant now) {
		EventType type = (finding.getKind() == DriftKind.LEAVER_STILL_PROVISIONED) ? EventType.TERMINATE
				: EventType.UPDATE;
		Person.Builder person = Person.newBuilder(employee.person());
		if (type == EventType.UPDATE) {
			person.setPhone(employee.phone()).setPhoneChange(PhoneChange.REPLACE);
		}
		else {
			// the termination is due now: HR's date has passed
			person.setEffectiveDate(null);
		}
		String seed = "drift-correction|" + finding.getDriftId() + "|" + finding.getFirstFoundAt().toEpochMilli();
		IdentityEvent event = IdentityEvent.newBuilder()
			.setEventId(UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString())
			.setEventType(type)
			.setOccurredAt(now)
			.setSourceSystem(SOURCE_SYSTEM)
			.setCorrelationId(finding.getDriftId())
			.setPerson(person.build())
			.build();
		return event;
	}

	/** Sends it, inside the caller's transaction. */
	void send(IdentityEvent command) {
		this.outbox.send(this.identityTopic, command.getPerson().getEmployeeId(), command);
	}

}

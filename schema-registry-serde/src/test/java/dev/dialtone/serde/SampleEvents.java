package dev.dialtone.serde;

import java.time.Instant;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.Person;

final class SampleEvents {

	private SampleEvents() {
	}

	static IdentityEvent hire(String employeeId) {
		return IdentityEvent.newBuilder()
			.setEventId("evt-" + employeeId)
			.setEventType(EventType.HIRE)
			.setOccurredAt(Instant.parse("2026-11-30T07:00:00Z"))
			.setSourceSystem("workday")
			.setPerson(Person.newBuilder()
				.setEmployeeId(employeeId)
				.setWorkEmail(employeeId.toLowerCase() + "@corp.example")
				.setFirstName("Ada")
				.setLastName("Lovelace")
				.build())
			.build();
	}

}

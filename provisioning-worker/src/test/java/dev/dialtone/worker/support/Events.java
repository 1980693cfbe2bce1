package dev.dialtone.worker.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.NumberAssignment;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.PhoneSetup;

/**
 * Builds identity events for tests.
 */
public final class Events {

	private Events() {
	}

	/**
	 * A person at site NYC who wants an allocated extension, plan 200 and an allocated
	 * number.
	 */
	public static Person.Builder person(String employeeId, String email) {
		return Person.newBuilder()
			.setEmployeeId(employeeId)
			.setWorkEmail(email)
			.setFirstName("First" + employeeId)
			.setLastName("Last" + employeeId)
			.setDepartment("Engineering")
			.setJobTitle("Engineer")
			.setSiteCode("NYC")
			.setPhone(PhoneSetup.newBuilder()
				.setCallingPlanType(200)
				.setNumberAssignment(NumberAssignment.ALLOCATE)
				.build());
	}

	public static IdentityEvent event(EventType type, Person person) {
		return IdentityEvent.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setEventType(type)
			.setOccurredAt(Instant.now())
			.setSourceSystem("test")
			.setPerson(person)
			.build();
	}

	public static IdentityEvent hire(String employeeId, String email) {
		return event(EventType.HIRE, person(employeeId, email).build());
	}

	public static IdentityEvent terminate(Person person, LocalDate effective) {
		return event(EventType.TERMINATE, Person.newBuilder(person).setEffectiveDate(effective).build());
	}

}

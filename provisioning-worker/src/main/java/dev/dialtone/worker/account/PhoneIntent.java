package dev.dialtone.worker.account;

import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.PhoneChange;

/**
 * What an event asks of the person's phone line, from {@code phoneChange} and
 * {@code phone} read together.
 */
public enum PhoneIntent {

	/** The line becomes exactly the event's phone setup. */
	SET,

	/** No line: an existing one is removed (REMOVE, or REPLACE without a phone). */
	NONE,

	/** The line stays as it is; the event's phone setup is ignored. */
	KEEP;

	public static PhoneIntent of(Person person) {
		PhoneChange change = (person.getPhoneChange() != null) ? person.getPhoneChange() : PhoneChange.REPLACE;
		return switch (change) {
			case KEEP -> KEEP;
			case REMOVE -> NONE;
			case REPLACE -> (person.getPhone() != null) ? SET : NONE;
		};
	}

}

package dev.dialtone.auditor.drift;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.PhoneSetup;

/**
 * Dialtone's view of HR: per employee the last HR event read from the identity topic (a
 * {@code StateTopic}, so rebuilt at start-up and tailed), what it asks of the person and
 * of their phone line. Commands that only resume or re-drive (RESUME, REDRIVE) and dry
 * runs say nothing new about HR and are skipped.
 */
public class HrView {

	private final Map<String, Employee> employees = new ConcurrentHashMap<>();

	/**
	 * One employee as HR last described them.
	 *
	 * @param person the person as the last HR event carried it
	 * @param terminated whether that event was a TERMINATE
	 * @param phone the line HR last asked for (the last event that did not KEEP the
	 * line); null for no line
	 */
	public record Employee(Person person, boolean terminated, PhoneSetup phone) {

		public String employeeId() {
			return this.person.getEmployeeId();
		}

		public String email() {
			return this.person.getWorkEmail().toLowerCase(Locale.ROOT);
		}

		/**
		 * Terminated with an effective date reached (a future-dated leaver is not yet
		 * one).
		 */
		public boolean leftBy(LocalDate today) {
			return this.terminated
					&& (this.person.getEffectiveDate() == null || !this.person.getEffectiveDate().isAfter(today));
		}

	}

	void apply(IdentityEvent event) {
		EventType type = event.getEventType();
		if (event.getPerson() == null || event.getDryRun() || type == EventType.RESUME || type == EventType.REDRIVE) {
			return;
		}
		Person person = event.getPerson();
		this.employees.compute(person.getEmployeeId(), (id, before) -> {
			PhoneSetup phone = switch (person.getPhoneChange()) {
				case KEEP -> (before != null) ? before.phone() : null;
				case REMOVE -> null;
				default -> person.getPhone();
			};
			return new Employee(person, type == EventType.TERMINATE, phone);
		});
	}

	public List<Employee> employees() {
		return List.copyOf(this.employees.values());
	}

}

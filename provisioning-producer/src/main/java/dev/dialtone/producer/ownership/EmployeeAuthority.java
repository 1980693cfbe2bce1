package dev.dialtone.producer.ownership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;

/**
 * Decides whether a source may publish these events, and records who introduced the
 * employees they bring in. By default a source acts only on employees it introduced
 * itself (a HIRE or REHIRE of an employee no source knows yet introduces them); a grant
 * for any employee is explicit configuration.
 */
public class EmployeeAuthority {

	private static final Set<EventType> INTRODUCING = Set.of(EventType.HIRE, EventType.REHIRE);

	private final EmployeeSources sources;

	EmployeeAuthority(EmployeeSources sources) {
		this.sources = sources;
	}

	/**
	 * Throws {@link ActionForbiddenException} for the first event the grant does not
	 * cover, otherwise records the source of every employee introduced. Serialised so two
	 * requests on this instance cannot both introduce the same employee.
	 */
	public synchronized void authorize(SourceGrant grant, List<IdentityEvent> events) {
		Map<String, String> introduced = new LinkedHashMap<>();
		for (IdentityEvent event : events) {
			String employeeId = event.getPerson().getEmployeeId();
			if (!grant.eventTypes().contains(event.getEventType().name())) {
				throw new ActionForbiddenException(employeeId, "source " + grant.source() + " may not send "
						+ event.getEventType() + " events (employee " + employeeId + ")");
			}
			String owner = this.sources.owner(employeeId);
			if (owner == null && introduced.containsKey(employeeId)) {
				owner = grant.source();
			}
			if (owner == null) {
				if (INTRODUCING.contains(event.getEventType()) || grant.anyEmployee()) {
					if (INTRODUCING.contains(event.getEventType()) && !event.getDryRun()) {
						introduced.put(employeeId, grant.source());
					}
					continue;
				}
				throw new ActionForbiddenException(employeeId, "source " + grant.source() + " may not act on employee "
						+ employeeId + ": no source has introduced them");
			}
			if (!owner.equals(grant.source()) && !grant.anyEmployee()) {
				throw new ActionForbiddenException(employeeId, "source " + grant.source() + " may not act on employee "
						+ employeeId + ": another source introduced them");
			}
		}
		if (!introduced.isEmpty()) {
			this.sources.claim(introduced);
		}
	}

}

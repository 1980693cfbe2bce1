package dev.dialtone.auditor.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.dialtone.contracts.AuditRecord;

/**
 * The last actions per person from the audit topic (a {@code StateTopic}: read from the
 * topic's retention at start-up, then tailed), for the person's timeline on the page:
 * what was done and who did it. Bounded per person so a long-lived account does not grow
 * it without end.
 */
class AuditIndex {

	static final int PER_PERSON = 50;

	private final Map<String, Deque<AuditRecord>> byEmployee = new ConcurrentHashMap<>();

	void apply(AuditRecord record) {
		this.byEmployee.compute(record.getEmployeeId(), (id, records) -> {
			Deque<AuditRecord> kept = (records != null) ? records : new ArrayDeque<>();
			if (kept.stream().noneMatch((r) -> r.getAuditId().equals(record.getAuditId()))) {
				kept.addLast(record);
			}
			while (kept.size() > PER_PERSON) {
				kept.removeFirst();
			}
			return kept;
		});
	}

	List<AuditRecord> of(String employeeId) {
		Deque<AuditRecord> records = this.byEmployee.get(employeeId);
		if (records == null) {
			return List.of();
		}
		synchronized (records) {
			return List.copyOf(records);
		}
	}

}

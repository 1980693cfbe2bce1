package dev.dialtone.auditor.remediate;

import java.time.Clock;
import java.util.UUID;

import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.contracts.AuditRecord;

/**
 * Records every automated (or operator-triggered) action on the audit topic.
 */
public class AuditTrail {

	private final Outbox outbox;

	private final String auditTopic;

	private final AuditorMetrics metrics;

	private final Clock clock;

	public AuditTrail(Outbox outbox, String auditTopic, AuditorMetrics metrics, Clock clock) {
		this.outbox = outbox;
		this.auditTopic = auditTopic;
		this.metrics = metrics;
		this.clock = clock;
	}

	public AuditRecord record(String employeeId, String action, String actor, String detail) {
		AuditRecord record = AuditRecord.newBuilder()
			.setAuditId(UUID.randomUUID().toString())
			.setEmployeeId(employeeId)
			.setAction(action)
			.setActor(actor)
			.setDetail(detail)
			.setAt(this.clock.instant())
			.build();
		this.outbox.send(this.auditTopic, employeeId, record);
		this.metrics.action(action);
		return record;
	}

}

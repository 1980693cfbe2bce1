package dev.dialtone.producer.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.producer.metrics.IntakeMetrics;
import dev.dialtone.producer.ownership.ActionForbiddenException;
import dev.dialtone.producer.ownership.EmployeeAuthority;
import dev.dialtone.producer.ownership.SourceGrant;
import dev.dialtone.producer.publish.EventIdConflictException;
import dev.dialtone.producer.publish.EventPublisher;
import dev.dialtone.producer.publish.PublishResult;
import dev.dialtone.producer.publish.Submission;
import dev.dialtone.producer.validation.EventRequest;
import dev.dialtone.producer.validation.EventValidator;
import dev.dialtone.producer.validation.FieldError;
import dev.dialtone.producer.validation.Validated;

/**
 * Validates all events of a request, checks the source may act on every employee in it,
 * publishes them only if both hold for every event, and counts the outcome.
 */
class EventIntake {

	private final EventValidator validator;

	private final EventPublisher publisher;

	private final IntakeMetrics metrics;

	private final EmployeeAuthority authority;

	EventIntake(EventValidator validator, EventPublisher publisher, IntakeMetrics metrics,
			EmployeeAuthority authority) {
		this.validator = validator;
		this.publisher = publisher;
		this.metrics = metrics;
		this.authority = authority;
	}

	PublishResult submit(SourceGrant grant, List<EventRequest> requests, String fieldPrefix) {
		String source = grant.source();
		List<Submission> events = new ArrayList<>();
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			Validated validated = this.validator.validate(requests.get(i), source);
			if (validated.isValid()) {
				events.add(new Submission(validated.event(), validated.fingerprint()));
				continue;
			}
			String prefix = (fieldPrefix != null) ? fieldPrefix + "[" + i + "]" : "";
			validated.errors().forEach((error) -> errors.add(prefixed(prefix, error)));
			reasons(validated.errors()).forEach((reason) -> this.metrics.rejected(source, reason, 1));
		}
		if (!errors.isEmpty()) {
			throw new EventValidationException(errors);
		}
		List<IdentityEvent> identityEvents = events.stream().map(Submission::event).toList();
		try {
			this.authority.authorize(grant, identityEvents);
		}
		catch (ActionForbiddenException ex) {
			this.metrics.rejected(source, "forbidden", events.size());
			throw ex;
		}
		try {
			PublishResult result = this.publisher.publishAll(events);
			this.metrics.accepted(source, result.published());
			this.metrics.duplicate(source, result.duplicates().size());
			return result;
		}
		catch (EventIdConflictException ex) {
			this.metrics.rejected(source, "event_id_conflict", events.size());
			throw ex;
		}
		catch (RuntimeException ex) {
			this.metrics.rejected(source, "kafka_unavailable", events.size());
			throw ex;
		}
	}

	private static FieldError prefixed(String prefix, FieldError error) {
		return prefix.isEmpty() ? error : new FieldError(prefix + "." + error.field(), error.code(), error.message());
	}

	private static Set<String> reasons(List<FieldError> errors) {
		Set<String> reasons = new LinkedHashSet<>();
		errors.forEach((error) -> reasons.add(error.code()));
		return reasons;
	}

}

package dev.dialtone.producer.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.producer.metrics.IntakeMetrics;
import dev.dialtone.producer.publish.EventPublisher;
import dev.dialtone.producer.publish.PublishResult;
import dev.dialtone.producer.validation.EventRequest;
import dev.dialtone.producer.validation.EventValidator;
import dev.dialtone.producer.validation.FieldError;
import dev.dialtone.producer.validation.Validated;

/**
 * Validates all events of a request, publishes them only if every one is valid, and
 * counts the outcome.
 */
class EventIntake {

	private final EventValidator validator;

	private final EventPublisher publisher;

	private final IntakeMetrics metrics;

	EventIntake(EventValidator validator, EventPublisher publisher, IntakeMetrics metrics) {
		this.validator = validator;
		this.publisher = publisher;
		this.metrics = metrics;
	}

	PublishResult submit(String source, List<EventRequest> requests, String fieldPrefix) {
		List<IdentityEvent> events = new ArrayList<>();
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			Validated validated = this.validator.validate(requests.get(i), source);
			if (validated.isValid()) {
				events.add(validated.event());
				continue;
			}
			String prefix = (fieldPrefix != null) ? fieldPrefix + "[" + i + "]" : "";
			validated.errors().forEach((error) -> errors.add(prefixed(prefix, error)));
			reasons(validated.errors()).forEach((reason) -> this.metrics.rejected(source, reason, 1));
		}
		if (!errors.isEmpty()) {
			throw new EventValidationException(errors);
		}
		try {
			PublishResult result = this.publisher.publish(events);
			this.metrics.accepted(source, result.published());
			this.metrics.duplicate(source, result.duplicates().size());
			return result;
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

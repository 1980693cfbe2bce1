package dev.dialtone.producer.events;

import java.util.List;

import dev.dialtone.producer.validation.FieldError;

/** A request with at least one invalid event; nothing of it was published. */
class EventValidationException extends RuntimeException {

	private final List<FieldError> errors;

	EventValidationException(List<FieldError> errors) {
		super(errors.size() + " problem(s) with the submitted events");
		this.errors = List.copyOf(errors);
	}

	List<FieldError> errors() {
		return this.errors;
	}

}

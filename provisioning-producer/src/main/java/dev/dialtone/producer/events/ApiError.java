package dev.dialtone.producer.events;

import java.util.List;

import dev.dialtone.producer.validation.FieldError;

/**
 * Error body of the events API: a code, a sentence, and for validation every problem by
 * field.
 */
record ApiError(String error, String message, List<FieldError> errors) {

	static ApiError of(String error, String message) {
		return new ApiError(error, message, List.of());
	}

}

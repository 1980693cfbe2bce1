package dev.dialtone.producer.events;

import dev.dialtone.producer.config.ProducerProperties;
import dev.dialtone.producer.limits.BodyTooLargeException;
import dev.dialtone.producer.ownership.ActionForbiddenException;
import dev.dialtone.producer.ownership.OwnershipUnavailableException;
import dev.dialtone.producer.publish.EventIdConflictException;
import dev.dialtone.producer.publish.PublishRejectedException;
import dev.dialtone.producer.publish.PublishUnavailableException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps intake failures to the API's error bodies: 400 with every problem, 403, 409, 413,
 * and 503 with Retry-After only when the broker really did not answer. (401 is Spring
 * Security's, in {@code auth/}.) Messages are written for the client and never name a
 * Java type.
 */
@RestControllerAdvice(assignableTypes = EventController.class)
class EventErrorHandler {

	private final long retryAfterSeconds;

	EventErrorHandler(ProducerProperties properties) {
		this.retryAfterSeconds = Math.max(1, properties.retryAfter().toSeconds());
	}

	@ExceptionHandler
	ResponseEntity<ApiError> validation(EventValidationException ex) {
		return ResponseEntity.badRequest().body(new ApiError("validation_failed", ex.getMessage(), ex.errors()));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> malformed(MalformedRequestException ex) {
		return ResponseEntity.badRequest().body(ApiError.of("malformed_request", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException ex) {
		BodyTooLargeException tooLarge = BodyTooLargeException.in(ex);
		if (tooLarge != null) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.header(HttpHeaders.CONNECTION, "close")
				.body(ApiError.of("body_too_large", tooLarge.getMessage()));
		}
		return ResponseEntity.badRequest().body(ApiError.of("malformed_request", "the request body could not be read"));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> forbidden(ActionForbiddenException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of("forbidden", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> conflict(EventIdConflictException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of("event_id_conflict", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> tooLarge(PublishRejectedException ex) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(ApiError.of("record_too_large", "an event is larger than the identity topic accepts; "
					+ "retrying will not help, shorten its fields"));
	}

	@ExceptionHandler({ PublishUnavailableException.class, OwnershipUnavailableException.class })
	ResponseEntity<ApiError> unavailable(RuntimeException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(this.retryAfterSeconds))
			.body(ApiError.of("kafka_unavailable", "Events were not stored; retry the same request after "
					+ this.retryAfterSeconds + "s (already stored events are deduplicated)"));
	}

}

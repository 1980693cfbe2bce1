package dev.dialtone.producer.events;

import dev.dialtone.producer.auth.AuthenticationFailedException;
import dev.dialtone.producer.config.ProducerProperties;
import dev.dialtone.producer.metrics.IntakeMetrics;
import dev.dialtone.producer.publish.PublishUnavailableException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps intake failures to the API's error bodies: 400 with every problem, 401, and 503
 * with Retry-After.
 */
@RestControllerAdvice(assignableTypes = EventController.class)
class EventErrorHandler {

	private final IntakeMetrics metrics;

	private final long retryAfterSeconds;

	EventErrorHandler(IntakeMetrics metrics, ProducerProperties properties) {
		this.metrics = metrics;
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
	ResponseEntity<ApiError> unauthenticated(AuthenticationFailedException ex) {
		this.metrics.rejected(ex.source(), ex.reason(), 1);
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.body(ApiError.of(ex.reason(), ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> unavailable(PublishUnavailableException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(this.retryAfterSeconds))
			.body(ApiError.of("kafka_unavailable", "Events were not stored; retry the same request after "
					+ this.retryAfterSeconds + "s (already stored events are deduplicated)"));
	}

}

package dev.dialtone.zoom.simulator.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns simulator exceptions and Spring's request errors into Zoom-shaped error bodies.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	@ExceptionHandler
	ResponseEntity<ZoomError> zoom(ZoomApiException ex) {
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(ex.status());
		ex.headers().forEach(builder::header);
		return builder.body(ex.body());
	}

	@ExceptionHandler
	ResponseEntity<ZoomError> unreadable(HttpMessageNotReadableException ex) {
		return ResponseEntity.badRequest()
			.body(new ZoomError(300, "Request Body should be a valid JSON object.", null));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ResponseEntity<ZoomError> badParameter(Exception ex) {
		return ResponseEntity.badRequest().body(new ZoomError(300, "Invalid parameter: " + ex.getMessage(), null));
	}

	@ExceptionHandler
	ResponseEntity<ZoomError> notFound(NoResourceFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ZoomError(404, "Not Found", null));
	}

	@ExceptionHandler
	ResponseEntity<ZoomError> method(HttpRequestMethodNotSupportedException ex) {
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.body(new ZoomError(405, "Method not allowed.", null));
	}

}

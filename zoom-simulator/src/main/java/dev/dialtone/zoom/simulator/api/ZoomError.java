package dev.dialtone.zoom.simulator.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Zoom's error body: {@code {"code":1001,"message":"..."}}, plus {@code errors} on
 * validation failures.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ZoomError(int code, String message, List<FieldError> errors) {

	public record FieldError(String field, String message) {
	}

}

package dev.dialtone.producer.scim;

import java.util.Map;

import dev.dialtone.producer.limits.BodyTooLargeException;
import tools.jackson.core.JacksonException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders failures of the SCIM endpoints as SCIM error bodies (RFC 7644 §3.12). */
@RestControllerAdvice(assignableTypes = { ScimUserController.class, ScimDiscoveryController.class })
class ScimErrorHandler {

	static Map<String, Object> body(int status, String scimType, String detail) {
		return (scimType != null)
				? Map.of("schemas", new String[] { ScimSchemas.ERROR }, "status", Integer.toString(status), "scimType",
						scimType, "detail", detail)
				: Map.of("schemas", new String[] { ScimSchemas.ERROR }, "status", Integer.toString(status), "detail",
						detail);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> scim(ScimException ex) {
		return ResponseEntity.status(ex.status())
			.contentType(MediaType.parseMediaType(ScimMediaTypes.SCIM_JSON))
			.body(body(ex.status(), ex.scimType(), ex.getMessage()));
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, JacksonException.class })
	ResponseEntity<Map<String, Object>> unreadable(Exception ex) {
		BodyTooLargeException tooLarge = BodyTooLargeException.in(ex);
		if (tooLarge != null) {
			return scim(new ScimException(413, null, tooLarge.getMessage()));
		}
		return scim(new ScimException(400, "invalidSyntax", "The body is not a valid SCIM JSON document"));
	}

}
